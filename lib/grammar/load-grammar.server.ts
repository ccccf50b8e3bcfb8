import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { GrammarIndex, GRAMMAR_FILE_NAME } from "./word-grammar";

let cached: GrammarIndex | undefined;

/**
 * The process-wide GrammarIndex, read from lib/dictionary/data on first use (about 1 MB; see word-grammar.ts for the
 * cost) and cached. Paths resolve from the working directory, the project root under Next and Vitest.
 *
 * getGrammar().grammarOf("huis") → { partOfSpeech: "noun", article: "het", plural: "huizen", … }
 */
export function getGrammar(): GrammarIndex {
  cached ??= new GrammarIndex(readFileSync(path.join(process.cwd(), "lib/dictionary/data", GRAMMAR_FILE_NAME), "utf8"));
  return cached;
}
