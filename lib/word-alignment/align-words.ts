/**
 * Links the words of a Dutch sentence to the English words that translate them in its aligned English sentence,
 * offline, from the dictionary alone. Precision before recall: a word with no clear counterpart stays unlinked.
 *
 * Evidence, strongest first: names and numbers written the same; the senses of every lemma reading, of the
 * separable verb a word belongs to and of a compound's parts (head and modifiers together: "regeringsleger" →
 * "government army"); cognates by spelling ("radioactieve" ~ "radioactive"). Then competitive linking: the best
 * candidate link wins its words, each English word serves one Dutch word (or both parts of a separable verb), and
 * between equal candidates the one nearer to where the sure links around it point wins (distortion). Last, a lone
 * unlinked word between two linked ones takes the lone unlinked word between their counterparts (fill-gaps.ts).
 *
 * alignWords("De vrouwen zetten de fietsen neer.", "The women put the bikes down.", d) →
 *   [{ nl: [vrouwen], en: [women], gloss: "woman" }, { nl: [zetten, neer], en: [put, down], gloss: "lay down, …" },
 *    { nl: [fietsen], en: [bikes], gloss: "bicycle, bike" }]   (spans shown as their text)
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { tokenize, type Token } from "@/lib/text/tokens";
import { compoundCounterparts } from "./compound-counterparts";
import { dutchReadings, type DutchReadings, type SenseSource } from "./dutch-readings";
import { findGloss, indexEnglish, relatedWords, type EnglishSentence } from "./english-sentence";
import { fillGaps } from "./fill-gaps";
import { foldAccents } from "./fold-accents";
import { dutchCognateStem, englishCognateStem, similarStems } from "./spelling-similarity";

export interface WordLink {
  /** Dutch token spans (offsets into the Dutch sentence): one word, or both parts of a separable verb. */
  nl: { start: number; end: number }[];
  /** English token spans (offsets into the English sentence): one or several words ("government army"). */
  en: { start: number; end: number }[];
  /**
   * The dictionary sense the link came from, exactly as the entry has it (one of its `senses`), so the card can put
   * that sense first; undefined for names, numbers, cognates, compound parts and links by position alone.
   */
  gloss?: string;
}

interface Candidate {
  nl: number[];
  en: number[];
  score: number;
  gloss?: string | undefined;
}

/** Evidence strengths; competitive linking takes the strongest first, and nothing below MIN_SCORE is linked. */
const SCORE = {
  identical: 0.95,
  number: 0.95,
  /** Written the same, though the dictionary glosses the Dutch word otherwise: maybe a false friend. */
  sameSpelling: 0.6,
  separable: 0.82,
  lemma: 0.8,
  derived: 0.7,
  compound: 0.85,
  head: 0.7,
  modifier: 0.5,
  cognate: 0.55,
} as const;
const MULTI_WORD_BONUS = 0.05;
/** A word derived from the gloss's stem ("expected" for "expectation") is weaker evidence than the gloss itself. */
const RELATED_PENALTY = 0.2;
/** Shortest word that counts as written the same as its English counterpart without being a name. */
const MIN_SAME_SPELLING = 5;
const READING_PENALTY = 0.02;
const SENSE_PENALTY = 0.005;
/** How much a candidate loses for standing a whole sentence length away from where the sure links point. */
const DISTORTION_WEIGHT = 0.2;
const ANCHOR_SCORE = 0.8;
const MIN_SCORE = 0.45;

export function alignWords(dutch: string, english: string, dictionary: Dictionary): WordLink[] {
  const nlTokens = tokenize(dutch);
  const sentence = indexEnglish(english);
  if (nlTokens.length === 0 || sentence.tokens.length === 0) return [];
  const readings = dutchReadings(dutch, nlTokens, dictionary);
  const context: Context = {
    sentence,
    englishStems: sentence.tokens.map((token) => englishCognateStem(token.text)),
    dictionary,
  };
  const candidates = nlTokens.flatMap((token, index) => candidatesFor(token, index, readings[index]!, context));
  const linked = competitiveLinking(withDistortion(candidates, nlTokens.length, sentence.tokens.length));
  const isContentNl = readings.map((reading) => reading.lemma !== undefined);
  const chosen = [...linked, ...fillGaps(linked, isContentNl, sentence.markable)];
  return chosen
    .sort((a, b) => a.nl[0]! - b.nl[0]!)
    .map((candidate) => {
      const link: WordLink = {
        nl: candidate.nl.sort((a, b) => a - b).map((index) => span(nlTokens[index]!)),
        en: candidate.en.sort((a, b) => a - b).map((index) => span(sentence.tokens[index]!)),
      };
      if (candidate.gloss !== undefined) link.gloss = candidate.gloss;
      return link;
    });
}

/** What every Dutch word is compared with: the English sentence, its tokens' cognate stems, the dictionary. */
interface Context {
  sentence: EnglishSentence;
  englishStems: readonly string[];
  dictionary: Dictionary;
}

function span(token: Token): { start: number; end: number } {
  return { start: token.start, end: token.end };
}

function candidatesFor(token: Token, index: number, readings: DutchReadings, context: Context): Candidate[] {
  const { sentence } = context;
  if (!token.isWord) return numberCandidates(token, index, sentence);
  const key = lookupKey(token.text);
  const candidates = readings.sources.flatMap((source) => {
    const nl = source.kind === "separable" && readings.partner !== undefined ? [index, readings.partner] : [index];
    return senseCandidates(source, nl, sentence);
  });
  // Function words, and a separable verb's particle and (when sure) its verb, have only their senses.
  if (readings.lemma === undefined) return candidates;
  // A compound's parts matter only when its own senses found nothing (and splitting costs time).
  // Names are not compounds, unless hyphenated ("Labour-partij").
  if (candidates.length === 0 && (!readings.mayBeName || key.includes("-"))) {
    for (const { en, kind } of compoundCounterparts(token.text, readings.lemma, sentence, context.dictionary)) {
      candidates.push({ nl: [index], en, score: SCORE[kind] });
    }
  }
  const folded = foldAccents(key);
  const stem = dutchCognateStem(token.text);
  sentence.tokens.forEach((_, position) => {
    if (!sentence.markable[position]) return;
    const sameWord = sentence.keys[position] === folded;
    // Written the same: a name, or a word the dictionary cannot gloss ("tsunami"); otherwise maybe a false friend.
    if (sameWord && (readings.mayBeName || readings.sources.length === 0)) {
      candidates.push({ nl: [index], en: [position], score: SCORE.identical });
    } else if (sameWord && folded.length >= MIN_SAME_SPELLING) {
      candidates.push({ nl: [index], en: [position], score: SCORE.sameSpelling });
    } else if (!sameWord && similarStems(stem, context.englishStems[position]!)) {
      candidates.push({ nl: [index], en: [position], score: SCORE.cognate });
    }
  });
  return candidates;
}

/** "380.000" ~ "380,000", "7,5" ~ "7.5": the same digits. */
function numberCandidates(token: Token, index: number, sentence: EnglishSentence): Candidate[] {
  const digits = token.text.replace(/\D/g, "");
  const candidates: Candidate[] = [];
  sentence.tokens.forEach((english, position) => {
    if (english.isWord || english.text.replace(/\D/g, "") !== digits) return;
    candidates.push({ nl: [index], en: [position], score: SCORE.number });
  });
  return candidates;
}

/** Every occurrence of every gloss of a lemma or separable-verb source, scored by reading and sense order. */
function senseCandidates(source: SenseSource, nl: number[], sentence: EnglishSentence): Candidate[] {
  const base = SCORE[source.kind] - READING_PENALTY * source.rank;
  // A derived sense is not the dictionary's, so the card has no sense to put first.
  const glossOf = (sense: string) => (source.kind === "derived" ? undefined : sense);
  const candidates: Candidate[] = [];
  source.senses.forEach((sense, senseIndex) => {
    for (const gloss of sense.split(", ")) {
      const score = base - SENSE_PENALTY * senseIndex;
      for (const match of findGloss(sentence, gloss)) {
        const bonus = match.words.length + match.particles.length > 1 ? MULTI_WORD_BONUS : 0;
        candidates.push({ nl, en: [...match.words, ...match.particles], score: score + bonus, gloss: glossOf(sense) });
      }
      for (const position of relatedWords(sentence, gloss)) {
        candidates.push({ nl, en: [position], score: score - RELATED_PENALTY, gloss: glossOf(sense) });
      }
    }
  });
  return candidates;
}

/**
 * Lowers each candidate by its distance from where the anchors around its Dutch word say it should land; with no
 * anchors around, the diagonal of the two sentences. An anchor is a strong candidate that is the only one for both
 * its Dutch and its English word; a candidate's own Dutch word is never its anchor.
 */
function withDistortion(candidates: Candidate[], nlLength: number, enLength: number): Candidate[] {
  const strong = candidates.filter((candidate) => candidate.score >= ANCHOR_SCORE);
  const enByNl = new Map<number, Set<number>>();
  const nlByEn = new Map<number, Set<number>>();
  for (const { nl, en } of candidates) {
    for (const position of en) {
      enByNl.set(nl[0]!, (enByNl.get(nl[0]!) ?? new Set()).add(position));
      nlByEn.set(position, (nlByEn.get(position) ?? new Set()).add(nl[0]!));
    }
  }
  const anchors = strong
    .filter((candidate) => candidate.en.every((position) => nlByEn.get(position)!.size === 1))
    .filter((candidate) => enByNl.get(candidate.nl[0]!)!.size === candidate.en.length)
    .map((candidate) => ({ nl: candidate.nl[0]!, en: candidate.en[0]! }))
    .sort((a, b) => a.nl - b.nl);
  return candidates.map((candidate) => {
    const expected = expectedPosition(candidate.nl[0]!, anchors, nlLength, enLength);
    const distance = Math.abs(expected - candidate.en[0]!) / enLength;
    return { ...candidate, score: candidate.score - DISTORTION_WEIGHT * distance };
  });
}

function expectedPosition(
  nl: number,
  anchors: readonly { nl: number; en: number }[],
  nlLength: number,
  enLength: number,
): number {
  const left = anchors.filter((anchor) => anchor.nl < nl).at(-1) ?? { nl: -1, en: -1 };
  const right = anchors.find((anchor) => anchor.nl > nl) ?? { nl: nlLength, en: enLength };
  return left.en + ((nl - left.nl) * (right.en - left.en)) / (right.nl - left.nl);
}

/** Strongest first; a candidate is taken only when none of its Dutch or English words is taken yet. */
function competitiveLinking(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.filter((candidate) => candidate.score >= MIN_SCORE).sort((a, b) => b.score - a.score);
  const usedNl = new Set<number>();
  const usedEn = new Set<number>();
  const chosen: Candidate[] = [];
  for (const candidate of sorted) {
    if (candidate.nl.some((index) => usedNl.has(index)) || candidate.en.some((index) => usedEn.has(index))) continue;
    chosen.push(candidate);
    for (const index of candidate.nl) usedNl.add(index);
    for (const index of candidate.en) usedEn.add(index);
  }
  return chosen;
}
