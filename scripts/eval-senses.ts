/**
 * Sense relevance of the word card (the measure of ../shared/notes/word-card.md, "Sense relevance"): for one-to-one
 * sentence files, the share of counted Dutch content words whose first sense, as the card shows it, appears in the
 * aligned English sentence; also for any of the first three senses and any sense at all (the ceiling of
 * re-ordering alone). The card does not see the English sentence for these; with --context, `contextFirstSense`
 * is the first-sense share once word alignment's gloss for the token is put first (senseFirst, as the card does).
 *
 * Usage: npm run eval:senses -- <nl file> <en file> [--misses N] [--held-out-from LINE] [--context]
 *   --misses N: the most frequent first-sense misses; --held-out-from LINE: also report the lines before LINE
 *   (`tune`) and from LINE on (`heldOut`) separately, so that rules tuned on the first part are checked on the rest.
 * Prints JSON: { sentences, tokens, firstSense, firstThreeSenses, anySense, … } as shares (0–1).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import type { Dictionary } from "@/lib/dictionary/dictionary";
import {
  analyzeForm,
  phraseAt,
  separableVerbReading,
  sentenceWords,
  wordPosition,
  type WordAnalysis,
} from "@/lib/language/analyze-word";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "@/lib/language/function-words";
import { lemmatize } from "@/lib/language/lemmatize";
import { findSeparableVerbs } from "@/lib/language/separable-verbs";
import { senseFirst } from "@/lib/lesson-model/sense-first";
import { tokenize } from "@/lib/text/tokens";
import { alignWords, type WordLink } from "@/lib/word-alignment/align-words";

const DATA_DIR = path.resolve(import.meta.dirname, "../lib/dictionary/data");

/**
 * Dutch function words the measure leaves out: the engine's closed classes, other pronouns, the forms of zijn,
 * hebben, worden, zullen, kunnen and moeten, and a few adverbs (only words of four letters or more matter).
 */
const DUTCH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...SUBJECT_PRONOUNS,
  ...PREPOSITIONS,
  ...SUBORDINATORS,
  ...`
  zich zichzelf mezelf mijzelf jezelf hemzelf haarzelf onszelf zelf elkaar iets niets iemand niemand alles allen
  jouw hunne hen zowel noch doch
  zijn ben bent is was waren geweest heb hebt heeft hebben had hadden gehad word wordt worden werd werden
  geworden zal zult zullen zou zouden kan kunt kunnen kon konden gekund moet moeten moest moesten gemoeten
  niet ook nog wel hier daar
`
    .trim()
    .split(/\s+/),
]);

/** English words too common to show that a sense was meant. */
const ENGLISH_STOP_WORDS = new Set(
  `
  the and for with from that this these those into onto upon about over are was were been being have has had
  not but all any some its it's his her hers their them they you your our ours who whom which what when where
  how why one ones someone something somebody anyone anything out off than then there here also very too can
  could would should will shall may might must such own same other else each per via
`
    .trim()
    .split(/\s+/),
);

/** The note's crude stemming, so that "women" ~ "women", "reforms" ~ "reform", "countries" ~ "country". */
export function crudeStem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  for (const suffix of ["ing", "est", "ed", "es", "er", "ly", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

function englishStems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [])
    .filter((word) => word.length >= 3 && !ENGLISH_STOP_WORDS.has(word))
    .map(crudeStem);
}

/** A content word of four letters or more that the card does not take for a name (capitalised mid-sentence). */
function isCounted(text: string, analysis: WordAnalysis): boolean {
  if ([...text].filter((char) => /\p{L}/u.test(char)).length < 4 || analysis.isLikelyName) return false;
  return !DUTCH_FUNCTION_WORDS.has(text.toLowerCase());
}

/**
 * The senses in the order the card shows them, grouped by reading: the multi-word entry's (shown above the rest),
 * the separable verb's, then each lemma reading's; a compound reading's sense is already its parts' first glosses
 * joined ("safety + dialogue"), and so is that of a word the word list knows without glosses.
 */
function cardReadings(analysis: WordAnalysis): string[][] {
  const readings = analysis.lemmas.map((reading) => reading.glosses).filter((glosses) => glosses.length > 0);
  // A word the word list knows without glosses: the note's "first glosses of the compound parts joined".
  const parts = analysis.compound?.parts.map((part) => part.glosses[0]?.split(", ")[0] ?? part.text).join(" + ");
  if (readings.length === 0 && parts !== undefined) readings.push([parts]);
  const verb = analysis.separableVerb?.glosses ?? [];
  const phrase = analysis.phrase?.glosses ?? [];
  return [phrase, verb, ...readings].filter((glosses) => glosses.length > 0);
}

/** Analyses of each word token of one sentence, as the reader computes them (separable verbs over the sentence). */
function analyseSentence(
  text: string,
  dictionary: Dictionary,
): { text: string; start: number; analysis?: WordAnalysis }[] {
  const tokens = tokenize(text);
  const analysed = tokens.map((token, index) =>
    token.isWord
      ? {
          text: token.text,
          start: token.start,
          analysis: analyzeForm(dictionary, token.text, wordPosition(tokens, index)),
        }
      : { text: token.text, start: token.start },
  );
  const lemmasOf = (word: string) => lemmatize(word, dictionary).map((candidate) => candidate.lemma);
  analysed.forEach((token, index) => {
    const phrase = token.analysis === undefined ? undefined : phraseAt(dictionary, { text, tokens }, index);
    if (token.analysis !== undefined && phrase !== undefined) token.analysis = { ...token.analysis, phrase };
  });
  for (const pair of findSeparableVerbs(sentenceWords({ text, tokens }, lemmasOf), (word) =>
    dictionary.isDutchWord(word),
  )) {
    const separableVerb = separableVerbReading(pair, dictionary);
    for (const index of [pair.verbIndex, pair.particleIndex]) {
      const token = analysed[index];
      if (token?.analysis !== undefined) token.analysis = { ...token.analysis, separableVerb };
    }
  }
  return analysed;
}

interface Tally {
  tokens: number;
  first: number;
  firstThree: number;
  any: number;
  /** First sense hits once the aligned English word's sense is put first, as the card does (--context). */
  contextFirst: number;
}

/** The sense word alignment found for the token starting at `start`, as the card gets it beside the sentence. */
function contextGloss(links: readonly WordLink[], start: number): string | undefined {
  return links.find((link) => link.nl.some((span) => span.start === start))?.gloss;
}

function share(hits: number, total: number): number {
  return Math.round((10_000 * hits) / Math.max(total, 1)) / 10_000;
}

function tallyShares(tally: Tally, withContext: boolean) {
  return {
    tokens: tally.tokens,
    firstSense: share(tally.first, tally.tokens),
    firstThreeSenses: share(tally.firstThree, tally.tokens),
    anySense: share(tally.any, tally.tokens),
    ...(withContext ? { contextFirstSense: share(tally.contextFirst, tally.tokens) } : {}),
  };
}

function emptyTally(): Tally {
  return { tokens: 0, first: 0, firstThree: 0, any: 0, contextFirst: 0 };
}

function main(): void {
  const args = process.argv.slice(2);
  const optionValue = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const files = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
  const showMisses = args.includes("--misses") ? Number(optionValue("--misses") ?? 40) : 0;
  const heldOutFrom = optionValue("--held-out-from");
  const withContext = args.includes("--context");
  if (files.length !== 2) {
    console.error("Usage: npm run eval:senses -- <nl file> <en file> [--misses N] [--held-out-from LINE] [--context]");
    process.exit(1);
  }
  const [dutchLines, englishLines] = files.map((file) => readFileSync(file, "utf8").split("\n"));
  const dictionary = buildDictionary((file) => readFileSync(path.join(DATA_DIR, file), "utf8"));
  const tally = emptyTally();
  const tune = emptyTally();
  const heldOut = emptyTally();
  const misses = new Map<string, number>();
  let sentences = 0;
  dutchLines!.forEach((dutch, lineIndex) => {
    const english = englishLines![lineIndex];
    if (dutch.trim().length === 0 || english === undefined || english.trim().length === 0) return;
    sentences++;
    const split = heldOutFrom === undefined ? undefined : lineIndex >= Number(heldOutFrom) ? heldOut : tune;
    const stems = new Set(englishStems(english));
    const isHit = (sense: string) => englishStems(sense).some((stem) => stems.has(stem));
    const links = withContext ? alignWords(dutch, english, dictionary) : [];
    analyseSentence(dutch, dictionary).forEach((token) => {
      if (token.analysis === undefined || !isCounted(token.text, token.analysis)) return;
      const readings = cardReadings(token.analysis);
      const senses = readings.flat();
      const first = senses[0] !== undefined && isHit(senses[0]);
      const gloss = contextGloss(links, token.start);
      const inContext = gloss === undefined ? senses : cardReadings(senseFirst(token.analysis, gloss)).flat();
      const contextFirst = inContext[0] !== undefined && isHit(inContext[0]);
      for (const counted of split === undefined ? [tally] : [tally, split]) {
        counted.tokens++;
        if (first) counted.first++;
        if (contextFirst) counted.contextFirst++;
        if ((readings[0] ?? []).slice(0, 3).some(isHit)) counted.firstThree++;
        if (senses.some(isHit)) counted.any++;
      }
      if (!first) {
        const key = `${token.text.toLowerCase()}: ${senses[0] ?? "—"}`;
        misses.set(key, (misses.get(key) ?? 0) + 1);
      }
    });
  });
  const result = {
    sentences,
    ...tallyShares(tally, withContext),
    ...(heldOutFrom === undefined
      ? {}
      : { tune: tallyShares(tune, withContext), heldOut: tallyShares(heldOut, withContext) }),
    ...(showMisses > 0
      ? {
          frequentMisses: [...misses]
            .sort((a, b) => b[1] - a[1])
            .slice(0, showMisses)
            .map(([miss, times]) => `${miss} ×${times}`),
        }
      : {}),
  };
  console.log(JSON.stringify(result, null, 2));
}

main();
