/**
 * Dictionary-driven compound splitting, for words whose lemmas have no gloss of their own. Dutch writes compounds
 * as one word, sometimes with a linking "s", "e" or "en": veiligheid+s+dialoog, kern+wapens, regering+s+leger.
 * The head (last part) may be inflected and is lemmatised; the modifiers must be glossed headwords as they stand.
 * Guards against accidental splits: parts of at least three letters, three-letter parts only if they are frequent
 * words, no pronouns or articles as parts, at most three parts. Fewer parts win, then more frequent parts.
 * Hyphenated words split at their hyphens ("Minsk-akkoorden" → Minsk + akkoorden).
 *
 * splitCompound("veiligheidsdialoog", d) → [{ text: "veiligheid", lemma: "veiligheid", linker: "s" },
 *                                          { text: "dialoog", lemma: "dialoog" }]
 * splitCompound("kernwapens", d) → [{ text: "kern", lemma: "kern" }, { text: "wapens", lemma: "wapen" }]
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { NON_COMPOUND_PARTS } from "./function-words";
import { lemmatize } from "./lemmatize";

export interface CompoundPart {
  /** The part as written in the word: "wapens". */
  text: string;
  /** Its glossed lemma: "wapen"; for an unknown part of a hyphenated word (a name), the part itself. */
  lemma: string;
  /** A linking element written after this part: "s" in veiligheid-s-dialoog. */
  linker?: string;
}

const LINKERS = ["", "s", "en", "e"];
const MIN_PART_LENGTH = 3;
const MAX_PARTS = 3;
/** Words outside the frequency lists count as this rank when comparing splits. */
const UNRANKED = 50_000;

interface Split {
  parts: CompoundPart[];
  cost: number;
}

export function splitCompound(word: string, dictionary: Dictionary): CompoundPart[] | undefined {
  const normalized = lookupKey(word);
  if (normalized.includes("-")) return splitAtHyphens(word, dictionary);
  return bestSplit(normalized, MAX_PARTS, dictionary, true)?.parts;
}

/** "pro-Russische" → pro + russisch; a part without a glossed lemma stays as written. Undefined if none has one. */
function splitAtHyphens(word: string, dictionary: Dictionary): CompoundPart[] | undefined {
  const parts = word.split(/[-‐]/).filter((part) => part.length > 0);
  const analysed = parts.map((text) => ({
    text,
    lemma: glossedLemma(text, dictionary) ?? bestSplitLemma(text, dictionary),
  }));
  if (analysed.every((part) => part.lemma === undefined)) return undefined;
  return analysed.map((part) => ({ text: part.text, lemma: part.lemma ?? lookupKey(part.text) }));
}

function bestSplitLemma(text: string, dictionary: Dictionary): string | undefined {
  const parts = bestSplit(lookupKey(text), MAX_PARTS, dictionary, true)?.parts;
  if (parts === undefined) return undefined;
  return parts
    .map((part, index) => (index === parts.length - 1 ? part.lemma : part.text + (part.linker ?? "")))
    .join("");
}

/** A past tense is never a compound's head: "bondgenoot" is bond + genoot (companion), not bond + genoot (enjoyed). */
function glossedLemma(text: string, dictionary: Dictionary): string | undefined {
  return lemmatize(text, dictionary).find(
    (candidate) =>
      dictionary.hasEntry(candidate.lemma) && !(candidate.isVerbReading && candidate.origin === "irregular"),
  )?.lemma;
}

function isAcceptablePart(part: string, dictionary: Dictionary): boolean {
  if (part.length < MIN_PART_LENGTH || NON_COMPOUND_PARTS.has(part)) return false;
  return part.length > MIN_PART_LENGTH || dictionary.frequencyRank(part) !== undefined;
}

function partCost(lemma: string, dictionary: Dictionary): number {
  return Math.log(dictionary.frequencyRank(lemma) ?? UNRANKED);
}

/** The cheapest split of `word` into 2…maxParts parts; `headMayInflect` lets the last part be inflected. */
function bestSplit(word: string, maxParts: number, dictionary: Dictionary, headMayInflect: boolean): Split | undefined {
  let best: Split | undefined;
  for (let headStart = MIN_PART_LENGTH; headStart <= word.length - MIN_PART_LENGTH; headStart++) {
    const headText = word.slice(headStart);
    if (!isAcceptablePart(headText, dictionary)) continue;
    const headLemma = headMayInflect
      ? glossedLemma(headText, dictionary)
      : dictionary.hasEntry(headText)
        ? headText
        : undefined;
    if (headLemma === undefined) continue;
    const head: CompoundPart = { text: headText, lemma: headLemma };
    for (const linker of LINKERS) {
      const left = word.slice(0, headStart);
      if (!left.endsWith(linker)) continue;
      const modifierText = left.slice(0, left.length - linker.length);
      const modifiers = splitModifier(modifierText, maxParts - 1, dictionary);
      if (modifiers === undefined) continue;
      const lastModifier = modifiers.parts[modifiers.parts.length - 1]!;
      const parts = [...modifiers.parts.slice(0, -1), linker === "" ? lastModifier : { ...lastModifier, linker }, head];
      // A part costs more than any frequency difference, so that fewer parts always win.
      const cost = modifiers.cost + partCost(headLemma, dictionary) + parts.length * 100;
      if (best === undefined || cost < best.cost) best = { parts, cost };
    }
  }
  return best;
}

/** A modifier is a glossed headword as written, or (room permitting) itself a compound of such headwords. */
function splitModifier(text: string, maxParts: number, dictionary: Dictionary): Split | undefined {
  if (isAcceptablePart(text, dictionary) && dictionary.hasEntry(text)) {
    return { parts: [{ text, lemma: text }], cost: partCost(text, dictionary) };
  }
  if (maxParts < 2) return undefined;
  const split = bestSplit(text, maxParts, dictionary, false);
  return split === undefined ? undefined : { parts: split.parts, cost: split.cost - split.parts.length * 100 };
}
