import { createHash } from "node:crypto";

export interface GlossaryTermInput {
  term: string;
  english: string;
}

/** Source term → English term, as DeepL glossary dictionaries take them. */
export type GlossaryEntries = Record<string, string>;

export interface PreparedGlossary {
  entries: GlossaryEntries;
  /** Terms left out: empty after cleaning, or a second entry for the same Dutch term. */
  skipped: GlossaryTermInput[];
}

/**
 * Turns a lesson's glossary into DeepL glossary entries. DeepL rejects terms with control characters (tabs and
 * newlines would also break the TSV upload) and terms with surrounding spaces, so those are replaced by single
 * spaces and trimmed. Entries are sorted, so the same glossary always gives the same upload and fingerprint.
 * Variants are not sent: DeepL inflects entries itself, and a variant mapped to the base English form would
 * force the wrong inflection.
 *
 * [{ term: "de\tgemeente", english: "municipality\n" }] → { "de gemeente": "municipality" }
 */
export function prepareGlossary(terms: readonly GlossaryTermInput[]): PreparedGlossary {
  const entries: GlossaryEntries = {};
  const skipped: GlossaryTermInput[] = [];
  const cleaned = terms.map((input) => ({ input, term: cleanTerm(input.term), english: cleanTerm(input.english) }));
  cleaned.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  for (const { input, term, english } of cleaned) {
    if (term === "" || english === "" || Object.hasOwn(entries, term)) skipped.push(input);
    else entries[term] = english;
  }
  return { entries, skipped };
}

/** Identifies the glossary's content for the translation cache; "none" when there are no entries. */
export function glossaryFingerprint(entries: GlossaryEntries): string {
  const tsv = Object.entries(entries)
    .map(([term, english]) => `${term}\t${english}`)
    .join("\n");
  return tsv === "" ? "none" : createHash("sha256").update(tsv).digest("hex");
}

function cleanTerm(term: string): string {
  const withoutControls = Array.from(term, (char) => (isControlCharacter(char.codePointAt(0)!) ? " " : char)).join("");
  return withoutControls.replace(/\s+/gu, " ").trim();
}

/** The characters DeepL refuses in glossary terms: C0 and C1 controls and the Unicode line separators. */
function isControlCharacter(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
