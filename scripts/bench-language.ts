/**
 * Benchmarks the language engine on one core: dictionary load time and memory (with the word card's grammar data),
 * paragraph annotation throughput (first pass over unseen text, then steady state with the memo warm), the same with
 * glossary matching against 500 terms as the reader does it, and single-word analysis latency.
 *
 * Usage: npm run bench:language [-- <text files or directories>]
 * Defaults to the demo article (prisma/seed-data) when given nothing; a directory means its nl.txt files. Prints JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import { analyzeWord } from "@/lib/language/analyze-word";
import { annotateParagraph } from "@/lib/language/annotate";
import { dictionaryWordKeys } from "@/lib/glossary/dictionary-word-keys";
import { GrammarIndex, GRAMMAR_FILE_NAME } from "@/lib/grammar/word-grammar";
import { compileGlossary, findTerms, type GlossaryEntry } from "@/lib/glossary/find-terms";
import { separableVerbKeys } from "@/lib/glossary/separable-verb-keys";
import type { SeedLesson } from "@/prisma/seed-data/seed-lesson";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { splitSentences } from "@/lib/text/sentences";
import { tokenize } from "@/lib/text/tokens";
import { textFiles } from "./text-files";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA_DIR = path.join(ROOT, "lib/dictionary/data");
const DEFAULT_INPUTS = [path.join(ROOT, "prisma/seed-data/zelenski-biden-2022-01.nl.txt")];
const STEADY_STATE_SECONDS = 3;

function megabytes(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/**
 * 500 terms: the demo lesson's curated glossary, then words and word pairs of the text itself (so that matches
 * happen, as they do with a real glossary).
 */
function benchmarkGlossary(paragraphs: readonly string[]): GlossaryEntry[] {
  const seed = JSON.parse(
    readFileSync(path.join(ROOT, "prisma/seed-data/lessons/zelenski-biden-2022-01.json"), "utf8"),
  ) as SeedLesson;
  const terms = new Set(seed.glossary.map((term) => term.term));
  for (const paragraph of paragraphs) {
    const tokens = tokenize(paragraph).filter((token) => token.isWord && token.text.length >= 6);
    tokens.forEach((token, index) => {
      if (terms.size < 500)
        terms.add(index % 3 === 0 && tokens[index + 1] ? `${token.text} ${tokens[index + 1]!.text}` : token.text);
    });
  }
  return [...terms].map((term, id) => ({ id: String(id), term, variants: [] }));
}

function main(): void {
  const inputs = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_INPUTS;
  const paragraphs = inputs.flatMap(textFiles).flatMap((file) => splitParagraphs(readFileSync(file, "utf8")));
  const tokensPerPass = paragraphs.reduce((sum, paragraph) => sum + tokenize(paragraph).length, 0);

  global.gc?.();
  const before = process.memoryUsage();
  const loadStart = performance.now();
  const dictionary = buildDictionary((file) => readFileSync(path.join(DATA_DIR, file), "utf8"));
  // The word card's grammar is loaded with it (lib/grammar/load-grammar.server.ts), so both count.
  const grammar = new GrammarIndex(readFileSync(path.join(DATA_DIR, GRAMMAR_FILE_NAME), "utf8"));
  const loadMs = performance.now() - loadStart;
  global.gc?.();
  const after = process.memoryUsage();

  const coldStart = performance.now();
  for (const paragraph of paragraphs) annotateParagraph(paragraph, dictionary);
  const coldSeconds = (performance.now() - coldStart) / 1000;

  let passes = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < STEADY_STATE_SECONDS * 1000) {
    for (const paragraph of paragraphs) annotateParagraph(paragraph, dictionary);
    passes++;
  }
  const warmSeconds = (performance.now() - warmStart) / 1000;

  // The reader's work per paragraph: annotate, then match a 500-term glossary by lemma and separable verb.
  const words = dictionaryWordKeys(dictionary);
  const glossary = benchmarkGlossary(paragraphs);
  const index = compileGlossary(glossary, words);
  const annotateAndMatch = () => {
    for (const paragraph of paragraphs) {
      const annotation = annotateParagraph(paragraph, dictionary);
      findTerms(paragraph, index, words, separableVerbKeys(annotation));
    }
  };
  annotateAndMatch();
  let glossaryPasses = 0;
  const glossaryStart = performance.now();
  while (performance.now() - glossaryStart < STEADY_STATE_SECONDS * 1000) {
    annotateAndMatch();
    glossaryPasses++;
  }
  const glossarySeconds = (performance.now() - glossaryStart) / 1000;

  // Single-word look-ups as the word card makes them: analyzeWord on each token of a sentence, uncached.
  const latencies: number[] = [];
  for (const paragraph of paragraphs.slice(0, 200)) {
    for (const span of splitSentences(paragraph)) {
      const text = paragraph.slice(span.start, span.end);
      const tokens = tokenize(text);
      tokens.forEach((token, index) => {
        if (!token.isWord) return;
        const start = performance.now();
        analyzeWord(dictionary, { text, tokens }, index);
        latencies.push(performance.now() - start);
      });
    }
  }
  latencies.sort((a, b) => a - b);

  const result = {
    paragraphs: paragraphs.length,
    tokensPerPass,
    dictionary: {
      loadMs: Math.round(loadMs),
      heapUsedDeltaMB: megabytes(after.heapUsed - before.heapUsed),
      rssDeltaMB: megabytes(after.rss - before.rss),
      gcExposed: global.gc !== undefined,
      grammarLemmas: grammar.size,
    },
    annotation: {
      firstPassTokensPerSecond: Math.round(tokensPerPass / coldSeconds),
      steadyStateTokensPerSecond: Math.round((tokensPerPass * passes) / warmSeconds),
      withGlossaryTokensPerSecond: Math.round((tokensPerPass * glossaryPasses) / glossarySeconds),
      glossaryTerms: glossary.length,
    },
    analyzeWord: {
      lookups: latencies.length,
      p50Ms: Math.round(percentile(latencies, 0.5) * 1000) / 1000,
      p99Ms: Math.round(percentile(latencies, 0.99) * 1000) / 1000,
      maxMs: Math.round((latencies[latencies.length - 1] ?? 0) * 1000) / 1000,
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

main();
