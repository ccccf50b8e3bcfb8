import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Dictionary } from "./dictionary";
import { buildDictionary } from "./dictionary-files";

/**
 * The process-wide Dictionary, read from lib/dictionary/data on first use (about 0.3 s, some 60 MB) and cached.
 * Paths resolve from the working directory, which is the project root under `next start`, `next dev` and Vitest.
 *
 * const dictionary = getDictionary(); dictionary.lookup("hervorming")
 */
const DATA_DIR = path.join(process.cwd(), "lib/dictionary/data");

let cached: Dictionary | undefined;

export function getDictionary(): Dictionary {
  cached ??= buildDictionary((fileName) => readFileSync(path.join(DATA_DIR, fileName), "utf8"));
  return cached;
}
