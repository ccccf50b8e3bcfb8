/**
 * How much of the word card's grammar the data covers: the 5,000 most frequent lemmas (frequency-nl.tsv in rank
 * order, each word folded to its first lemma by the engine, kept when the dictionary has glosses for the lemma;
 * words only OpenTaal knows are mostly first names and English words of the subtitle list: "john", "the") and, per
 * field, the share that has it. Part of speech and IPA count over all lemmas; article and plural over the lemmas
 * with a noun reading; past tense, participle and auxiliary over those with a verb reading. Lemmas without any part
 * of speech are of unknown class, so they count in no noun or verb share: `withoutPartOfSpeech` says how many.
 *
 * Usage: npm run eval:grammar [-- --lemmas 5000] [-- --list verb]   (--list prints the lemmas of one part of speech)
 * Prints JSON: { lemmas, loadMs, lookupMicroseconds, withoutPartOfSpeech, all: {…}, nouns: {…}, verbs: {…} }
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import { formatGrammarLine, type WordGrammar } from "@/lib/grammar/grammar-line";
import { GRAMMAR_FILE_NAME, GrammarIndex } from "@/lib/grammar/word-grammar";
import { lemmatize } from "@/lib/language/lemmatize";

const DATA_DIR = path.resolve(import.meta.dirname, "../lib/dictionary/data");

type Field = keyof Omit<WordGrammar, "lemma">;

function share(readings: readonly WordGrammar[], field: Field) {
  const covered = readings.filter((reading) => reading[field] !== undefined).length;
  return { of: readings.length, covered, percent: Math.round((1000 * covered) / Math.max(readings.length, 1)) / 10 };
}

function main(): void {
  const { values } = parseArgs({ options: { lemmas: { type: "string", default: "5000" }, list: { type: "string" } } });
  const wanted = Number(values.lemmas);
  const readDataFile = (file: string) => readFileSync(path.join(DATA_DIR, file), "utf8");
  const dictionary = buildDictionary(readDataFile);

  const text = readDataFile(GRAMMAR_FILE_NAME);
  const loadStart = performance.now();
  const grammar = new GrammarIndex(text);
  const loadMs = Math.round(performance.now() - loadStart);

  const lemmas: string[] = [];
  const seen = new Set<string>();
  for (const line of readDataFile("frequency-nl.tsv").split("\n")) {
    if (lemmas.length >= wanted) break;
    const word = line.split("\t")[0];
    if (!word) continue;
    const lemma = lemmatize(word, dictionary)[0]?.lemma;
    if (lemma === undefined || seen.has(lemma) || !dictionary.hasEntry(lemma)) continue;
    seen.add(lemma);
    lemmas.push(lemma);
  }

  const lookupStart = performance.now();
  const readings = lemmas.map((lemma) => grammar.readingsOf(lemma));
  const lookupMicroseconds = Math.round((1000 * (performance.now() - lookupStart)) / lemmas.length);

  if (values.list !== undefined) {
    for (const reading of readings.flat().filter((each) => each.partOfSpeech === values.list)) {
      console.log(formatGrammarLine(reading));
    }
    return;
  }
  const first = lemmas.map((lemma, index) => readings[index]?.[0] ?? { lemma });
  const nouns = readings.flatMap((list) => list.filter((reading) => reading.partOfSpeech === "noun"));
  const verbs = readings.flatMap((list) => list.filter((reading) => reading.partOfSpeech === "verb"));
  const result = {
    lemmas: lemmas.length,
    lemmasInFile: grammar.size,
    loadMs,
    lookupMicroseconds,
    withoutPartOfSpeech: first.filter((reading) => reading.partOfSpeech === undefined).length,
    all: { partOfSpeech: share(first, "partOfSpeech"), ipa: share(first, "ipa") },
    nouns: { article: share(nouns, "article"), plural: share(nouns, "plural") },
    verbs: {
      pastSingular: share(verbs, "pastSingular"),
      pastPlural: share(verbs, "pastPlural"),
      participle: share(verbs, "participle"),
      auxiliary: share(verbs, "auxiliary"),
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

main();
