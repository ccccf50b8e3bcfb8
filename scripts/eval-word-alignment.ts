/**
 * Word alignment against hand-made links in the format of ../shared/notes/word-card.md ("Word alignment file"):
 * precision, recall and F1 as lib/word-alignment/score-alignment.ts defines them, and the time alignWords takes
 * per sentence pair.
 *
 * Usage: npm run eval:word-alignment -- <file.json> [--errors]
 * Prints JSON: { pairs, links, marks, correctMarks, linksFound, precision, recall, f1, msPerPair }; with --errors
 * also every link that got a wrong mark or none: { nl, gold, marked }.
 */
import { readFileSync } from "node:fs";
import { alignWords } from "@/lib/word-alignment/align-words";
import { alignmentFileSchema, scoreAlignment, type LinkOutcome } from "@/lib/word-alignment/score-alignment";
import { readDictionaryFiles } from "@/lib/dictionary/read-dictionary-files";

/** Each pair is aligned this many times to warm up the JIT, then as many times again for the timing. */
const TIMING_ROUNDS = 20;

function main(): void {
  const [file, ...flags] = process.argv.slice(2);
  if (file === undefined) {
    console.error("Usage: npm run eval:word-alignment -- <file.json> [--errors]");
    process.exit(2);
  }
  const pairs = alignmentFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const dictionary = readDictionaryFiles();
  const align = (dutch: string, english: string) => alignWords(dutch, english, dictionary);

  const errors: Pick<LinkOutcome, "nl" | "gold" | "marked">[] = [];
  const score = scoreAlignment(pairs, align, ({ nl, gold, marked, correct }) => {
    if (!correct || marked.some((word) => !gold.includes(word))) errors.push({ nl, gold, marked });
  });

  const alignAll = () => {
    for (let round = 0; round < TIMING_ROUNDS; round++) for (const pair of pairs) align(pair.nl, pair.en);
  };
  alignAll();
  const started = performance.now();
  alignAll();
  const msPerPair = (performance.now() - started) / (TIMING_ROUNDS * Math.max(pairs.length, 1));

  const rounded = (value: number) => Math.round(value * 1000) / 1000;
  const report = {
    ...score,
    precision: rounded(score.precision),
    recall: rounded(score.recall),
    f1: rounded(score.f1),
    msPerPair: rounded(msPerPair),
  };
  console.log(JSON.stringify(flags.includes("--errors") ? { ...report, errors } : report, null, 2));
}

main();
