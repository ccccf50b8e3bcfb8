import type { ImportRow, ImportStatus } from "./import-rows";

/** A sentence to add to a word: the sentence, its English, and the word as it stands in it. */
export interface PlannedSentence {
  sentence: string;
  english: string;
  form: string;
}

/** What an import does for one lemma key, all its rows merged. */
export interface PlannedWord {
  key: string;
  /** The word of the key's first row (a new item's headword). */
  headword: string;
  /** The first non-empty English and note among the rows. */
  english: string;
  note: string;
  sentences: PlannedSentence[];
  /** The last status the rows ask for; null when none asks. */
  status: ImportStatus | null;
  /**
   * Rows that only mark a word known or ignored (no English, sentence or note) set its status and create no item,
   * so a list of known words does not fill the review queue.
   */
  statusOnly: boolean;
}

/**
 * The rows merged per lemma key, in the order keys first appear: "huis" and "huizen" become one word with both
 * rows' sentences (each once).
 *
 * planImport([{ word: "huis", key: "huis", sentence: "Het huis." … }, { word: "huizen", key: "huis", status: "known" … }])
 *   → [{ key: "huis", headword: "huis", sentences: [{ sentence: "Het huis.", form: "huis" … }], status: "known" … }]
 */
export function planImport(rows: readonly ImportRow[]): PlannedWord[] {
  const words = new Map<string, PlannedWord>();
  for (const row of rows) {
    const word = words.get(row.key) ?? {
      key: row.key,
      headword: row.word,
      english: "",
      note: "",
      sentences: [],
      status: null,
      statusOnly: true,
    };
    word.english ||= row.english;
    word.note ||= row.note;
    if (row.sentence && !word.sentences.some((known) => known.sentence === row.sentence)) {
      word.sentences.push({
        sentence: row.sentence,
        english: row.sentenceEnglish,
        form: formIn(row.sentence, row.word),
      });
    }
    word.status = row.status ?? word.status;
    word.statusOnly = onlySetsStatus(word.status, [word.english, word.note, ...word.sentences.map((s) => s.sentence)]);
    words.set(row.key, word);
  }
  return [...words.values()];
}

/** True for a word marked known or ignored with no text to keep: it gets a status and no item. */
export function onlySetsStatus(status: ImportStatus | null, texts: readonly string[]): boolean {
  return (status === "known" || status === "ignored") && texts.every((text) => text === "");
}

/** The word as it is written in the sentence when the sentence has it (any case), else the word itself. */
function formIn(sentence: string, word: string): string {
  const at = sentence.toLocaleLowerCase("nl").indexOf(word.toLocaleLowerCase("nl"));
  const found = at === -1 ? "" : sentence.slice(at, at + word.length);
  return found.toLocaleLowerCase("nl") === word.toLocaleLowerCase("nl") ? found : word;
}
