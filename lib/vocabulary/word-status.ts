/**
 * A learner's status of a Dutch lemma: new (never saved), learning (saved, reviewed with FSRS), known or ignored
 * (names, numbers, words not worth learning). Kept per lemma key, so every form of a word shares it.
 */
export const WORD_STATUSES = ["new", "learning", "known", "ignored"] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

/** A stored status, checked; no row (or anything unknown) is "new". */
export function toWordStatus(value: string | null | undefined): WordStatus {
  return (WORD_STATUSES as readonly string[]).includes(value ?? "") ? (value as WordStatus) : "new";
}

/** The keys of the word card that set a status: L learning, K known, I ignored. */
export const STATUS_SHORTCUTS: Readonly<Record<string, Exclude<WordStatus, "new">>> = {
  l: "learning",
  k: "known",
  i: "ignored",
};

/**
 * "Mark the rest as known" at the end of a lesson: the lesson's lemma keys that are still new, each once, in the
 * lesson's order. Learning and ignored words keep their status.
 * restToMarkKnown(["huis", "de", "huis", "fiets"], new Map([["fiets", "learning"]])) → ["huis", "de"]
 */
export function restToMarkKnown(lessonKeys: readonly string[], statuses: ReadonlyMap<string, WordStatus>): string[] {
  return [...new Set(lessonKeys)].filter((key) => (statuses.get(key) ?? "new") === "new");
}
