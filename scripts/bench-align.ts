/**
 * Times the aligner on one long document: the documents of a bead-annotated file (by default the perturbed NTREX
 * development set, whose merges and drops make the path wander off the diagonal) concatenated until both sides
 * have at least 1,000 sentences. Each source document becomes one paragraph for the paragraph-level run.
 *
 *   npx tsx scripts/bench-align.ts [file.json] [--lexicon=app|none]
 *
 * Prints JSON with the sentence counts and milliseconds per run: the first run (cold, including every dictionary
 * and lemmatiser look-up, which the aligner caches per document) and the median of the following runs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { alignParagraphs } from "@/lib/alignment/align-paragraphs";
import { alignSentences } from "@/lib/alignment/align-sentences";
import { dictionaryLexicon, lemmatizingLexicon, NO_LEXICON } from "@/lib/alignment/lexicon";
import type { Lexicon } from "@/lib/alignment/types";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import { lemmatize } from "@/lib/language/lemmatize";

const DEFAULT_FILE = "../shared/eval/dev/ntrex-nl-en-perturbed.json";
const MIN_SENTENCES = 1000;
const RUNS = 5;

interface EvaluationDocument {
  nl: string[];
  en: string[];
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--")) ?? DEFAULT_FILE;
  const lexicon = args.includes("--lexicon=none") ? NO_LEXICON : appLexicon();
  const documents = JSON.parse(readFileSync(file, "utf8")) as EvaluationDocument[];
  const nlParagraphs: string[][] = [];
  const enParagraphs: string[][] = [];
  for (const document of documents) {
    if (nlParagraphs.flat().length >= MIN_SENTENCES && enParagraphs.flat().length >= MIN_SENTENCES) break;
    nlParagraphs.push(document.nl.flat());
    enParagraphs.push(document.en.flat());
  }
  const nl = nlParagraphs.flat();
  const en = enParagraphs.flat();
  const result = {
    sentences: { nl: nl.length, en: en.length },
    paragraphs: { nl: nlParagraphs.length, en: enParagraphs.length },
    lexicon: lexicon === NO_LEXICON ? "none" : "app",
    alignSentencesMs: time(() => alignSentences(nl, en, { lexicon })),
    alignParagraphsMs: time(() => alignParagraphs(nlParagraphs, enParagraphs, { lexicon })),
  };
  console.log(JSON.stringify(result, null, 2));
}

function time(run: () => unknown): { first: number; median: number } {
  const milliseconds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    milliseconds.push(performance.now() - started);
  }
  const later = milliseconds.slice(1).sort((a, b) => a - b);
  return { first: Math.round(milliseconds[0]!), median: Math.round(later[Math.floor(later.length / 2)]!) };
}

function appLexicon(): Lexicon {
  const dataDirectory = path.join(process.cwd(), "lib/dictionary/data");
  const dictionary = buildDictionary((fileName) => readFileSync(path.join(dataDirectory, fileName), "utf8"));
  return lemmatizingLexicon(dictionaryLexicon(dictionary), (word) =>
    lemmatize(word, dictionary).map((candidate) => candidate.lemma),
  );
}

main();
