/**
 * The line format of `lib/dictionary/data/grammar-nl.tsv`: one reading (a lemma as one part of speech) per line,
 * nine tab-separated columns, empty where the sources say nothing. Written by scripts/convert-grammar.ts, read by
 * word-grammar.ts.
 *
 * "lopen\tverb\t\t\tliep\tliepen\tgelopen\thebben/zijn\tlopən"
 *   ⇄ { lemma: "lopen", partOfSpeech: "verb", pastSingular: "liep", pastPlural: "liepen", participle: "gelopen",
 *       auxiliary: "hebben/zijn", ipa: "lopən" }
 * "huis\tnoun\thet\thuizen\t\t\t\t\thəʏs" ⇄ { lemma: "huis", partOfSpeech: "noun", article: "het", plural: "huizen", … }
 */

export type PartOfSpeech =
  | "noun"
  | "verb"
  | "adjective"
  | "adverb"
  | "pronoun"
  | "determiner"
  | "preposition"
  | "conjunction"
  | "numeral"
  | "interjection"
  | "name";

export type Article = "de" | "het" | "de/het";

export type Auxiliary = "hebben" | "zijn" | "hebben/zijn";

export interface WordGrammar {
  /** The look-up key: lower case, as the lemmatiser gives it ("lopen", "huis"). */
  lemma: string;
  /** Absent for words only the pronunciation source knows. */
  partOfSpeech?: PartOfSpeech;
  /** Nouns: "de" (common gender), "het" (neuter) or "de/het" when both occur. */
  article?: Article;
  plural?: string;
  /** Verbs: "liep"; a separable verb in its main-clause order, "belde op". */
  pastSingular?: string;
  pastPlural?: string;
  participle?: string;
  /** The auxiliary of the perfect tense: "heeft gelopen" and "is gelopen" are both right, so "hebben/zijn". */
  auxiliary?: Auxiliary;
  /** Broad IPA without slashes, as FreeDict gives it: "vrɑuw". */
  ipa?: string;
}

const PARTS_OF_SPEECH: readonly PartOfSpeech[] = [
  "noun",
  "verb",
  "adjective",
  "adverb",
  "pronoun",
  "determiner",
  "preposition",
  "conjunction",
  "numeral",
  "interjection",
  "name",
];
const ARTICLES: readonly Article[] = ["de", "het", "de/het"];
const AUXILIARIES: readonly Auxiliary[] = ["hebben", "zijn", "hebben/zijn"];

export function formatGrammarLine(grammar: WordGrammar): string {
  return [
    grammar.lemma,
    grammar.partOfSpeech,
    grammar.article,
    grammar.plural,
    grammar.pastSingular,
    grammar.pastPlural,
    grammar.participle,
    grammar.auxiliary,
    grammar.ipa,
  ]
    .map((field) => field ?? "")
    .join("\t");
}

/** Unknown values in the closed columns are dropped rather than trusted, so a damaged line cannot mislabel a word. */
export function parseGrammarLine(line: string): WordGrammar {
  const [lemma = "", partOfSpeech, article, plural, pastSingular, pastPlural, participle, auxiliary, ipa] =
    line.split("\t");
  const grammar: WordGrammar = { lemma };
  const pos = PARTS_OF_SPEECH.find((known) => known === partOfSpeech);
  if (pos !== undefined) grammar.partOfSpeech = pos;
  const knownArticle = ARTICLES.find((known) => known === article);
  if (knownArticle !== undefined) grammar.article = knownArticle;
  if (plural) grammar.plural = plural;
  if (pastSingular) grammar.pastSingular = pastSingular;
  if (pastPlural) grammar.pastPlural = pastPlural;
  if (participle) grammar.participle = participle;
  const knownAuxiliary = AUXILIARIES.find((known) => known === auxiliary);
  if (knownAuxiliary !== undefined) grammar.auxiliary = knownAuxiliary;
  if (ipa) grammar.ipa = ipa;
  return grammar;
}
