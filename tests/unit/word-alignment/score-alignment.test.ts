import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignWords, type WordLink } from "@/lib/word-alignment/align-words";
import { alignmentFileSchema, scoreAlignment } from "@/lib/word-alignment/score-alignment";
import { dictionary } from "../language/dictionary-for-tests";

describe("scoreAlignment", () => {
  it("counts marks on linked Dutch words only, against the first occurrences of the gold words", () => {
    const pair = {
      nl: "De vrouwen en de mannen.",
      en: "The women and the men, the men.",
      links: [["vrouwen", ["women"]] as [string, string[]], ["mannen", ["men"]] as [string, string[]]],
    };
    const at = (text: string, word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { start, end: start + word.length };
    };
    // vrouwen → women (right), mannen → the second "men" (wrong), "De" → "The" (not a gold Dutch word: ignored).
    const system: WordLink[] = [
      { nl: [at(pair.nl, "vrouwen")], en: [at(pair.en, "women")] },
      { nl: [at(pair.nl, "mannen")], en: [at(pair.en, "men", 25)] },
      { nl: [at(pair.nl, "De")], en: [at(pair.en, "The")] },
    ];
    expect(scoreAlignment([pair], () => system)).toMatchObject({ links: 2, marks: 2, precision: 0.5, recall: 0.5 });
  });

  it("reaches precision 0.9 and recall 0.7 on the hand-written regression sentences", () => {
    const file = path.join(process.cwd(), "tests/fixtures/word-alignment-regression.json");
    const pairs = alignmentFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const score = scoreAlignment(pairs, (dutch, english) => alignWords(dutch, english, dictionary));
    expect(score.links).toBeGreaterThanOrEqual(40);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.7);
  });
});
