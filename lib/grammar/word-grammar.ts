/**
 * Grammar a learner needs on the word card — part of speech, de/het and plural, past tense, participle and the
 * perfect's auxiliary, pronunciation — read from the text of `grammar-nl.tsv` (see grammar-line.ts).
 *
 * Building only indexes the raw lines by lemma; a line is parsed when it is looked up, so reading and indexing the
 * 31,000 lines takes about 20 ms and 7 MB of heap, and a look-up under a microsecond.
 *
 * const grammar = new GrammarIndex(text);
 * grammar.grammarOf("huis") → { lemma: "huis", partOfSpeech: "noun", article: "het", plural: "huizen", ipa: "həʏs" }
 * grammar.grammarOf("leven", "verb") → { …, pastSingular: "leefde" } · grammar.readingsOf("jongen") → [noun, verb]
 */
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { parseGrammarLine, type PartOfSpeech, type WordGrammar } from "./grammar-line";

/** The file under lib/dictionary/data. */
export const GRAMMAR_FILE_NAME = "grammar-nl.tsv";

export class GrammarIndex {
  /** Lemma → its raw lines, likeliest reading first (the converter's order). */
  private readonly lines = new Map<string, string[]>();

  constructor(text: string) {
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      const tab = text.indexOf("\t", start);
      if (tab > start && tab < end) {
        const lemma = text.slice(start, tab);
        const line = text.slice(start, end);
        const known = this.lines.get(lemma);
        if (known === undefined) this.lines.set(lemma, [line]);
        else known.push(line);
      }
      start = end + 1;
    }
  }

  /**
   * Every reading of a lemma, the likeliest first: function-word readings, then verb or noun (the one with the more
   * frequent forms), adjective, adverb, the rest (see scripts/convert-grammar.ts).
   */
  readingsOf(lemma: string): WordGrammar[] {
    return (this.lines.get(lookupKey(lemma)) ?? []).map(parseGrammarLine);
  }

  /**
   * The reading the card shows: the one with the part of speech asked for (the lemmatiser knows a conjugated form
   * is a verb), else the likeliest.
   */
  grammarOf(lemma: string, partOfSpeech?: PartOfSpeech): WordGrammar | undefined {
    const readings = this.readingsOf(lemma);
    return readings.find((reading) => reading.partOfSpeech === partOfSpeech) ?? readings[0];
  }

  get size(): number {
    return this.lines.size;
  }
}
