/**
 * Everything the language engine knows about words, built once from the converted data in lib/dictionary/data:
 * FreeDict Dutch–English entries (plus a short hand-written supplement of frequent words FreeDict lacks, such as
 * "zodat" and "geleden"), the OpenTaal Dutch word list (lemmas without glosses), word-frequency ranks, and
 * English words for validating cognate guesses.
 *
 * const dictionary = new Dictionary(sources);
 * dictionary.lookup("hervorming") → [{ headword: "hervorming", senses: ["reform"] }, { headword: "Hervorming", … }]
 * dictionary.isDutchWord("escalatie") → true (OpenTaal) · dictionary.frequencyRank("de") → 2
 */
import { parseFreedictTsv, type DictionaryEntry } from "./freedict-tsv";
import { lookupKey } from "./normalize-word";

/** The text of each data file; see dictionary-files.ts for the file names. */
export interface DictionarySources {
  freedict: string;
  supplement: string;
  dutchWords: string;
  frequency: string;
  englishWords: string;
}

export class Dictionary {
  private readonly entries = new Map<string, DictionaryEntry[]>();
  private readonly dutchWords: Set<string>;
  private readonly ranks = new Map<string, number>();
  private readonly englishWords: Set<string>;
  private readonly supplemented = new Set<string>();

  constructor(sources: DictionarySources) {
    for (const entry of parseFreedictTsv(sources.freedict)) this.add(entry);
    for (const entry of parseFreedictTsv(sources.supplement)) this.addSupplement(entry);
    this.dutchWords = new Set(lines(sources.dutchWords));
    for (const line of lines(sources.frequency)) {
      const [word, rank] = line.split("\t");
      if (word !== undefined && rank !== undefined) this.ranks.set(word, Number(rank));
    }
    this.englishWords = new Set(lines(sources.englishWords));
  }

  private add(entry: DictionaryEntry): void {
    const key = lookupKey(entry.headword);
    const list = this.entries.get(key);
    if (list === undefined) this.entries.set(key, [entry]);
    else list.push(entry);
  }

  /**
   * A supplement entry for a headword FreeDict has puts its senses first: it names the common sense FreeDict lacks
   * ("regering": government before control, rule, reign).
   */
  private addSupplement(entry: DictionaryEntry): void {
    this.supplemented.add(lookupKey(entry.headword));
    const existing = this.entries.get(lookupKey(entry.headword))?.find((found) => found.headword === entry.headword);
    if (existing === undefined) this.add(entry);
    else existing.senses = [...entry.senses, ...existing.senses.filter((sense) => !entry.senses.includes(sense))];
  }

  /**
   * FreeDict entries for a word, case-insensitively. With `preferCapitalised` (a capitalised word in mid-sentence)
   * the capitalised headword comes first ("Hervorming", the Reformation); otherwise the lower-case one.
   */
  lookup(word: string, options: { preferCapitalised?: boolean } = {}): DictionaryEntry[] {
    const found = this.entries.get(lookupKey(word));
    if (found === undefined) return [];
    if (found.length === 1) return found;
    const capitalisedFirst = options.preferCapitalised === true;
    return [...found].sort((a, b) => {
      const aCapitalised = a.headword !== a.headword.toLowerCase();
      const bCapitalised = b.headword !== b.headword.toLowerCase();
      if (aCapitalised === bCapitalised) return 0;
      return aCapitalised === capitalisedFirst ? -1 : 1;
    });
  }

  /** Entries whose headword has several words ("ten minste", "in plaats van", "Den Haag"), FreeDict's and the supplement's. */
  multiWordEntries(): DictionaryEntry[] {
    return [...this.entries.values()].flat().filter((entry) => entry.headword.includes(" "));
  }

  /** True when FreeDict has glosses for this word (any case). */
  hasEntry(word: string): boolean {
    return this.entries.has(lookupKey(word));
  }

  /**
   * True when the hand-written supplement has an entry for the word. Its entries for inflected forms ("hele": whole,
   * "laatste": last) were written for the form, so the form's own reading should not give way to its lemma's.
   */
  hasSupplementEntry(word: string): boolean {
    return this.supplemented.has(lookupKey(word));
  }

  /** True for a known Dutch lemma: a FreeDict headword or an OpenTaal word (which has no gloss). */
  isDutchWord(word: string): boolean {
    const key = lookupKey(word);
    return this.entries.has(key) || this.dutchWords.has(key);
  }

  /**
   * True when OpenTaal lists the word as a lemma. FreeDict also has some inflected forms as headwords ("mensen");
   * OpenTaal derives those from their lemma, so it can tell them apart.
   */
  isWordListLemma(word: string): boolean {
    return this.dutchWords.has(lookupKey(word));
  }

  /** 1 for the most frequent Dutch word; undefined when the word is not in the frequency lists. */
  frequencyRank(word: string): number | undefined {
    return this.ranks.get(lookupKey(word));
  }

  isEnglishWord(word: string): boolean {
    return this.englishWords.has(word.toLowerCase());
  }
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.length > 0);
}
