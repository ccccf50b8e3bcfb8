/**
 * Expands the Hunspell en_US dictionary of npm `dictionary-en` (MIT AND BSD) into a plain list of English word forms,
 * lower-cased, one per line, in lib/dictionary/data/english-words.txt. The list validates cognate guesses at run
 * time (escalatie → "escalation" is offered only because "escalation" is an English word) and lets
 * convert-freedict.ts re-split glued glosses ("pointout" → "point out").
 *
 * Run: npx tsx scripts/convert-english-words.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "node_modules/dictionary-en/index");
const target = path.join(root, "lib/dictionary/data/english-words.txt");

async function main(): Promise<void> {
  // hunspell-reader is published as an ES module only; this script runs as CommonJS under tsx.
  const { HunspellReader } = await import("hunspell-reader");
  const reader = await HunspellReader.createFromFiles(`${source}.aff`, `${source}.dic`);
  const words = new Set<string>();
  for (const word of reader.seqWords()) {
    // Digits ("1st") and abbreviations with dots are no use for either purpose.
    if (/^[a-z][a-z'-]*$/i.test(word)) words.add(word.toLowerCase());
  }
  const sorted = [...words].sort();
  writeFileSync(target, sorted.join("\n") + "\n");
  console.log(`english-words.txt: ${sorted.length} words`);
}

void main();
