import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeWord } from "@/lib/language/analyze-word";
import { tokenize } from "@/lib/text/tokens";
import { dictionary } from "./dictionary-for-tests";

const MIN_PRECISION = 0.97;

interface GoldRow {
  form: string;
  /** "previous _ next": the word's neighbours, "_" standing for the word. */
  context: string;
  lemma: string;
}

function goldRows(): GoldRow[] {
  const text = readFileSync(path.join(import.meta.dirname, "lemma-gold.tsv"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [form = "", context = "", lemma = ""] = line.split("\t");
      return { form, context, lemma };
    });
}

/** The first lemma the word card shows for the form between its neighbours. */
function firstLemma(row: GoldRow): string {
  const text = row.context.replace("_", row.form);
  const index = row.context.split(" ").indexOf("_");
  const analysis = analyzeWord(dictionary, { text, tokens: tokenize(text) }, index);
  return (analysis.lemmas[0]?.lemma ?? row.form).toLowerCase();
}

describe("lemma regression set", () => {
  it(`gets at least ${MIN_PRECISION * 100} % of the hand-checked lemmas right`, () => {
    const rows = goldRows();
    const misses = rows.flatMap((row) => {
      const lemma = firstLemma(row);
      return lemma === row.lemma ? [] : [`${row.form} (${row.context}): ${lemma}, expected ${row.lemma}`];
    });
    const precision = 1 - misses.length / rows.length;
    console.log(
      `lemma precision ${(precision * 100).toFixed(1)} % on ${rows.length} tokens; misses:\n${misses.join("\n")}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
