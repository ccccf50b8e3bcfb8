/**
 * Separable verbs as the word card shows them, against hand labels: every reading the card would show, sure and
 * possible alike, found by looking up each word the way GET /api/lessons/:id/words does, in the sentences the
 * reader splits a labelled line into.
 *
 * A reading is correct when a label names the same verb lemma with the same verb and particle tokens. Label files
 * are kept outside the repository (made from the NTREX dev sentences); each is a JSON list of
 *   { "nl": "Hij belde zijn moeder op.",
 *     "verbs": [{ "lemma": "opbellen", "verbIndex": 1, "particleIndex": 4 }] }
 * with token indices as lib/text/tokens.ts counts them; "verbs": [] when the sentence has none.
 *
 * Usage: npm run eval:separable -- <labels.json> [--errors]
 * Prints JSON: { sentences, gold, shown, correct, precision, recall } (and with --errors the false and missed ones)
 */
import { readFileSync } from "node:fs";
import { readDictionaryFiles } from "@/lib/dictionary/read-dictionary-files";
import { lookupWord } from "@/lib/lesson-model/word-lookup";
import { splitSentences } from "@/lib/text/sentences";
import { tokenize } from "@/lib/text/tokens";

interface LabelledVerb {
  lemma: string;
  verbIndex: number;
  particleIndex: number;
}

interface LabelledSentence {
  nl: string;
  verbs: LabelledVerb[];
}

function key(verb: LabelledVerb): string {
  return `${verb.lemma} ${verb.verbIndex} ${verb.particleIndex}`;
}

/** "aangeven(gaf…aan)": the verb's lemma with its two words in sentence order. */
function describe(verb: LabelledVerb, nl: string): string {
  const tokens = tokenize(nl);
  const [first, second] = [verb.verbIndex, verb.particleIndex].sort((a, b) => a - b);
  return `${verb.lemma}(${tokens[first!]?.text}…${tokens[second!]?.text}) in: ${nl}`;
}

/** Every separable verb reading the card shows for some word of the line, with token indices into the line. */
function shownReadings(nl: string, dictionary: ReturnType<typeof readDictionaryFiles>): Map<string, LabelledVerb> {
  const lineIndexAt = new Map(tokenize(nl).map((token, index) => [token.start, index]));
  const shown = new Map<string, LabelledVerb>();
  for (const span of splitSentences(nl)) {
    const sentence = nl.slice(span.start, span.end);
    const tokens = tokenize(sentence);
    const lineIndex = (index: number) => lineIndexAt.get(span.start + tokens[index]!.start)!;
    for (const token of tokens) {
      if (!token.isWord) continue;
      const verb = lookupWord(sentence, token.start, dictionary)?.analysis.separableVerb;
      if (verb === undefined) continue;
      const reading = {
        lemma: verb.lemma,
        verbIndex: lineIndex(verb.verbIndex),
        particleIndex: lineIndex(verb.particleIndex),
      };
      shown.set(key(reading), reading);
    }
  }
  return shown;
}

function main(): void {
  const [file, ...options] = process.argv.slice(2);
  if (file === undefined) {
    console.error("Usage: npm run eval:separable -- <labels.json> [--errors]");
    process.exit(1);
  }
  const sentences = JSON.parse(readFileSync(file, "utf8")) as LabelledSentence[];
  const dictionary = readDictionaryFiles();
  let gold = 0;
  let shownCount = 0;
  let correct = 0;
  const falseReadings: string[] = [];
  const missed: string[] = [];
  for (const sentence of sentences) {
    const shown = shownReadings(sentence.nl, dictionary);
    const labelled = new Set(sentence.verbs.map(key));
    gold += labelled.size;
    shownCount += shown.size;
    for (const [readingKey, reading] of shown) {
      if (labelled.has(readingKey)) correct++;
      else falseReadings.push(describe(reading, sentence.nl));
    }
    for (const verb of sentence.verbs) if (!shown.has(key(verb))) missed.push(describe(verb, sentence.nl));
  }
  const ratio = (part: number, whole: number) => Math.round((1000 * part) / Math.max(whole, 1)) / 1000;
  const result = {
    sentences: sentences.length,
    gold,
    shown: shownCount,
    correct,
    precision: ratio(correct, shownCount),
    recall: ratio(correct, gold),
    ...(options.includes("--errors") ? { falseReadings, missed } : {}),
  };
  console.log(JSON.stringify(result, null, 2));
}

main();
