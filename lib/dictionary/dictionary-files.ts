/**
 * Where each data source lives under lib/dictionary/data, and building a Dictionary from a file reader, so the
 * server loader and the command-line scripts read the same files the same way.
 *
 * buildDictionary((file) => readFileSync(path.join(dataDir, file), "utf8"))
 */
import { Dictionary, type DictionarySources } from "./dictionary";

export const DICTIONARY_FILES: Readonly<Record<keyof DictionarySources, string>> = {
  freedict: "freedict-nld-eng.tsv",
  supplement: "supplement-nld-eng.tsv",
  dutchWords: "dutch-words.txt",
  frequency: "frequency-nl.tsv",
  englishWords: "english-words.txt",
};

export function buildDictionary(readDataFile: (fileName: string) => string): Dictionary {
  return new Dictionary({
    freedict: readDataFile(DICTIONARY_FILES.freedict),
    supplement: readDataFile(DICTIONARY_FILES.supplement),
    dutchWords: readDataFile(DICTIONARY_FILES.dutchWords),
    frequency: readDataFile(DICTIONARY_FILES.frequency),
    englishWords: readDataFile(DICTIONARY_FILES.englishWords),
  });
}
