import "server-only";
import type { Dictionary } from "./dictionary";
import { readDictionaryFiles } from "./read-dictionary-files";

let cached: Dictionary | undefined;

/**
 * The process-wide Dictionary, read on first use and cached.
 *
 * const dictionary = getDictionary(); dictionary.lookup("hervorming")
 */
export function getDictionary(): Dictionary {
  cached ??= readDictionaryFiles();
  return cached;
}
