import "server-only";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { dictionaryWordKeys } from "./dictionary-word-keys";
import type { WordKeys } from "./word-keys";

let keys: WordKeys | null = null;

/** The process-wide word keys over the process-wide dictionary. */
export function glossaryWordKeys(): WordKeys {
  keys ??= dictionaryWordKeys(getDictionary());
  return keys;
}
