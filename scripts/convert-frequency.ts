/**
 * Merges the two ranked Dutch word lists of npm `@zxcvbn-ts/language-nl-be` (package MIT; the lists are derived from
 * OpenSubtitles 2018 and Dutch Wikipedia, CC BY-SA 3.0 content) into lib/dictionary/data/frequency-nl.tsv:
 * "word<TAB>rank", rank 1 the most frequent, a word's rank being the better of its two ranks.
 *
 * Run: npx tsx scripts/convert-frequency.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lookupKey } from "@/lib/dictionary/normalize-word";

const root = path.resolve(import.meta.dirname, "..");
const sources = ["commonWords.json", "wikipedia.json"].map((file) =>
  path.join(root, "node_modules/@zxcvbn-ts/language-nl-be/src", file),
);
const target = path.join(root, "lib/dictionary/data/frequency-nl.tsv");

/** Wikipedia dump mark-up that made it into the list ("doc", "curid"), not Dutch words. */
const MARKUP = new Set(["doc", "id", "title", "url", "curid"]);

const ranks = new Map<string, number>();
for (const file of sources) {
  const words = JSON.parse(readFileSync(file, "utf8")) as string[];
  words.forEach((word, index) => {
    const key = lookupKey(word);
    if (MARKUP.has(key)) return;
    const rank = index + 1;
    if (rank < (ranks.get(key) ?? Infinity)) ranks.set(key, rank);
  });
}
const lines = [...ranks]
  .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
  .map(([word, rank]) => `${word}\t${rank}`);
writeFileSync(target, lines.join("\n") + "\n");
console.log(`frequency-nl.tsv: ${lines.length} words`);
