/**
 * English counterparts of a Dutch compound: its head alone ("Korea-oorlog" → War), a modifier alone
 * ("zondagochtend" → Sunday), or modifiers and head together when the modifiers' counterparts stand right before
 * the head's ("regeringsleger" → government army, "kernwapens" → nuclear weapons). Parts come from the compound
 * splitter's senses (only for words without an entry of their own: those are lexicalised), and from English words
 * the compound is written with ("comedypartner" → comedy partner, "BBC-serie" → BBC, "geigerteller" → Geiger
 * counter), whose remainder is then looked up in the dictionary.
 *
 * compoundCounterparts("regeringsleger", "regeringsleger", indexEnglish("the government army"), d)
 *   → [{ en: [2], kind: "head" }, { en: [1, 2], kind: "compound" }, { en: [1], kind: "modifier" }]
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { splitCompound } from "@/lib/language/compounds";
import { lemmatize } from "@/lib/language/lemmatize";
import { findGloss, relatedWords, type EnglishSentence } from "./english-sentence";
import { foldAccents } from "./fold-accents";

export interface CompoundCounterpart {
  en: number[];
  kind: "compound" | "head" | "modifier";
}

/** Shortest English word recognised inside a Dutch compound written without a hyphen. */
const MIN_EMBEDDED_LENGTH = 4;
/** Shortest remainder of the compound once the English word is taken off. */
const MIN_REMAINDER_LENGTH = 3;
const MAX_MODIFIERS = 2;
/** Shortest modifier whose gloss may stand alone: "voor" in voorstel is a prefix, not "for" or "before". */
const MIN_MODIFIER_LENGTH = 4;
const LINKERS = /(?:s|en|e)$/;

interface Parts {
  heads: number[][];
  modifiers: number[][];
  /**
   * Words derived from a modifier's gloss (nucleus → nuclear) and the glosses of short modifiers: only beside a
   * head, never on their own.
   */
  related: number[][];
}

/** Shortest lemma worth splitting: shorter words are rarely compounds and often split by accident. */
const MIN_COMPOUND_LENGTH = 7;

export function compoundCounterparts(
  word: string,
  lemma: string,
  sentence: EnglishSentence,
  dictionary: Dictionary,
): CompoundCounterpart[] {
  const parts: Parts = { heads: [], modifiers: [], related: [] };
  // A word with an entry of its own is lexicalised: "melkweg" is the Milky Way, not milk + away.
  const split =
    lemma.length >= MIN_COMPOUND_LENGTH && !dictionary.hasEntry(lemma) ? splitCompound(lemma, dictionary) : undefined;
  split?.forEach((part, index) => {
    const senses = dictionary.lookup(part.lemma)[0]?.senses ?? [];
    if (index === split.length - 1) {
      parts.heads.push(...glossMatches(senses, sentence));
      return;
    }
    (part.lemma.length >= MIN_MODIFIER_LENGTH ? parts.modifiers : parts.related).push(
      ...glossMatches(senses, sentence),
    );
    const glosses = senses.flatMap((sense) => sense.split(", "));
    parts.related.push(...glosses.flatMap((gloss) => relatedWords(sentence, gloss).map((position) => [position])));
  });
  addEmbeddedEnglish(word, sentence, dictionary, parts);
  const counterparts: CompoundCounterpart[] = [];
  for (const head of parts.heads) {
    counterparts.push({ en: head, kind: "head" });
    const before = modifiersBefore(head[0]!, [...parts.modifiers, ...parts.related]);
    if (before.length > 0) counterparts.push({ en: [...before, ...head], kind: "compound" });
  }
  for (const modifier of parts.modifiers) counterparts.push({ en: modifier, kind: "modifier" });
  return counterparts;
}

function glossMatches(senses: readonly string[], sentence: EnglishSentence): number[][] {
  return senses.flatMap((sense) =>
    sense.split(", ").flatMap((gloss) => findGloss(sentence, gloss).map((match) => match.words)),
  );
}

/**
 * English words of the sentence that the compound is written with, as its first or last part; the rest of the
 * compound, looked up as a Dutch word, supplies the other part: "geigerteller" = Geiger + teller (counter).
 */
function addEmbeddedEnglish(word: string, sentence: EnglishSentence, dictionary: Dictionary, parts: Parts): void {
  const key = foldAccents(lookupKey(word).replace(/'s$/, ""));
  const hyphenParts = key.split("-");
  sentence.tokens.forEach((token, index) => {
    if (!sentence.markable[index] || !token.isWord) return;
    const forms = sentence.forms[index]!;
    if (forms.includes(key)) return;
    if (hyphenParts.length > 1) {
      if (forms.includes(hyphenParts[hyphenParts.length - 1]!)) parts.heads.push([index]);
      else if (hyphenParts.slice(0, -1).includes(sentence.keys[index]!)) parts.modifiers.push([index]);
      return;
    }
    const first = sentence.keys[index]!;
    if (
      first.length >= MIN_EMBEDDED_LENGTH &&
      key.startsWith(first) &&
      key.length - first.length >= MIN_REMAINDER_LENGTH
    ) {
      parts.modifiers.push([index]);
      parts.heads.push(...glossMatches(sensesOf(key.slice(first.length), dictionary), sentence));
    }
    const last = forms.find(
      (form) =>
        form.length >= MIN_EMBEDDED_LENGTH && key.endsWith(form) && key.length - form.length >= MIN_REMAINDER_LENGTH,
    );
    if (last !== undefined) {
      parts.heads.push([index]);
      const rest = key.slice(0, key.length - last.length);
      const modifier = dictionary.hasEntry(rest) ? rest : rest.replace(LINKERS, "");
      parts.modifiers.push(...glossMatches(sensesOf(modifier, dictionary), sentence));
    }
  });
}

function sensesOf(word: string, dictionary: Dictionary): string[] {
  if (word.length < MIN_REMAINDER_LENGTH) return [];
  const lemma = lemmatize(word, dictionary)[0]?.lemma ?? word;
  return dictionary.lookup(lemma)[0]?.senses ?? [];
}

/** The modifiers' counterparts written as one run right before the head's: "nuclear weapons", "pig farmer". */
function modifiersBefore(headStart: number, modifiers: readonly number[][]): number[] {
  const words: number[] = [];
  let next = headStart;
  for (let count = 0; count < MAX_MODIFIERS; count++) {
    const match = modifiers.find((candidate) => candidate[candidate.length - 1] === next - 1);
    if (match === undefined) break;
    words.unshift(...match);
    next = match[0]!;
  }
  return words;
}
