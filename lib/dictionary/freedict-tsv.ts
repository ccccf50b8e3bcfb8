/**
 * The compact line format of `data/freedict-nld-eng.tsv`: one entry per line, the headword in its real case, then
 * one tab-separated field per sense, each sense a comma-separated list of English glosses.
 *
 * "aangeven\tdeclare, state\taccuse, denounce" ⇄ { headword: "aangeven", senses: ["declare, state", "accuse, denounce"] }
 */

export interface DictionaryEntry {
  /** The headword as the dictionary spells it: "Hervorming" (the Reformation) differs from "hervorming" (reform). */
  headword: string;
  /** One string per sense, synonyms separated by ", ": ["declare, state", "accuse, denounce"]. */
  senses: string[];
}

export function formatFreedictLine(entry: DictionaryEntry): string {
  return [entry.headword, ...entry.senses].join("\t");
}

export function parseFreedictTsv(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0) continue;
    const [headword, ...senses] = line.split("\t");
    if (headword !== undefined && senses.length > 0) entries.push({ headword, senses });
  }
  return entries;
}
