/**
 * What a column of an imported file can become. `key` is a lemma key as Leeshulp's own CSV export writes it; it
 * only matters for words exported as their own key (see importKey).
 */
export const IMPORT_TARGETS = ["word", "english", "sentence", "sentenceEnglish", "note", "status", "key"] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** For each target, the 0-based column it is read from, or null when no column is. */
export type ColumnMapping = Record<ImportTarget, number | null>;

/** Header names (lower case; "_" and "-" read as spaces) each target is recognised by, in English and Dutch. */
const NAMES: Record<ImportTarget, readonly string[]> = {
  word: ["word", "dutch", "front", "headword", "term", "lemma", "nederlands", "woord", "voorkant"],
  english: ["english", "back", "meaning", "translation", "definition", "gloss", "engels", "betekenis", "vertaling"],
  sentence: ["sentence", "example", "context", "example sentence", "zin", "voorbeeld", "voorbeeldzin"],
  sentenceEnglish: ["sentence english", "sentence translation", "example translation", "zin engels"],
  note: ["note", "notes", "comment", "remark", "notitie", "opmerking"],
  status: ["status"],
  key: ["key"],
};

/** Other names of Leeshulp's export and of Anki's, so that a row of them is recognised as a header row. */
const OTHER_HEADER_NAMES = ["lesson", "saved at", "due", "reps", "lapses", "guid", "deck", "tags", "notetype"];

function normalisedName(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** True when a first row names its columns rather than holding data: one of its cells is a name we know. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const known = new Set([...Object.values(NAMES).flat(), ...OTHER_HEADER_NAMES]);
  return cells.some((cell) => known.has(normalisedName(cell)));
}

/**
 * The mapping to propose: each target from the first column whose label is one of its names; without labels (no
 * header row) the word from the first column and the English from the second. The word falls back to the first
 * column that is not Anki's guid, deck, tags or note type.
 *
 * suggestMapping(["Dutch", "meaning", "x"], []) → { word: 0, english: 1, others: null }
 * suggestMapping([null, null], []) → { word: 0, english: 1, others: null }
 */
export function suggestMapping(labels: readonly (string | null)[], metaColumns: readonly number[]): ColumnMapping {
  const mapping = Object.fromEntries(IMPORT_TARGETS.map((target) => [target, null])) as ColumnMapping;
  const taken = new Set(metaColumns);
  const fields = labels.map((_, index) => index).filter((index) => !taken.has(index));
  if (labels.every((label) => label === null)) {
    mapping.word = fields[0] ?? null;
    mapping.english = fields[1] ?? null;
    return mapping;
  }
  for (const target of IMPORT_TARGETS) {
    const found = fields.find(
      (index) => !taken.has(index) && NAMES[target].includes(normalisedName(labels[index] ?? "")),
    );
    if (found !== undefined) {
      mapping[target] = found;
      taken.add(found);
    }
  }
  mapping.word ??= fields.find((index) => !taken.has(index)) ?? null;
  return mapping;
}
