/**
 * Dictionary coverage of Dutch text: the share of word tokens for which the word card shows at least one English
 * gloss (through a lemma, compound parts or a separable verb). Capitalised words in mid-sentence are counted
 * separately as likely names; paragraphs detected as English are skipped.
 *
 * Usage: npm run eval:coverage -- <file.txt | directory>...   (a directory means every nl.txt file under it)
 * Prints JSON: { files, words: { tokens, covered, percent, fromGuesses, fromCompounds }, names: {…}, uncovered }
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import type { WordAnalysis } from "@/lib/language/analyze-word";
import { annotateParagraph } from "@/lib/language/annotate";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { textFiles } from "./text-files";

interface Tally {
  tokens: number;
  covered: number;
  fromGuesses: number;
  fromCompounds: number;
}

const DATA_DIR = path.resolve(import.meta.dirname, "../lib/dictionary/data");

function count(tally: Tally, analysis: WordAnalysis): boolean {
  tally.tokens++;
  const glossed = analysis.lemmas.filter((reading) => reading.glosses.length > 0);
  const covered =
    glossed.length > 0 ||
    (analysis.compound?.parts.some((part) => part.glosses.length > 0) ?? false) ||
    (analysis.separableVerb?.glosses.length ?? 0) > 0;
  if (!covered) return false;
  tally.covered++;
  if (glossed.length > 0 && glossed.every((reading) => reading.source === "guess")) tally.fromGuesses++;
  if (glossed.length > 0 && glossed.every((reading) => reading.source === "compound")) tally.fromCompounds++;
  return true;
}

function summary(tally: Tally) {
  return { ...tally, percent: Math.round((1000 * tally.covered) / Math.max(tally.tokens, 1)) / 10 };
}

function main(): void {
  const files = process.argv.slice(2).flatMap(textFiles);
  if (files.length === 0) {
    console.error("Usage: npm run eval:coverage -- <file.txt | directory>...");
    process.exit(1);
  }
  const dictionary = buildDictionary((file) => readFileSync(path.join(DATA_DIR, file), "utf8"));
  const words: Tally = { tokens: 0, covered: 0, fromGuesses: 0, fromCompounds: 0 };
  const names: Tally = { tokens: 0, covered: 0, fromGuesses: 0, fromCompounds: 0 };
  const uncovered = new Map<string, number>();
  for (const file of files) {
    for (const paragraph of splitParagraphs(readFileSync(file, "utf8"))) {
      const annotation = annotateParagraph(paragraph, dictionary);
      if (annotation.language !== "nl") continue;
      for (const sentence of annotation.sentences) {
        sentence.tokens.forEach((token, index) => {
          if (token.analysis === undefined) return;
          const isName = index > 0 && /^\p{Lu}/u.test(token.text);
          const covered = count(isName ? names : words, token.analysis);
          if (!covered && !isName) uncovered.set(token.text, (uncovered.get(token.text) ?? 0) + 1);
        });
      }
    }
  }
  const mostFrequentUncovered = [...uncovered]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([word, times]) => `${word} ${times}`);
  const result = { files: files.length, words: summary(words), names: summary(names), mostFrequentUncovered };
  console.log(JSON.stringify(result, null, 2));
}

main();
