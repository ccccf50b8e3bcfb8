import { readFileSync } from "node:fs";
import path from "node:path";
import type { Dictionary } from "./dictionary";
import { buildDictionary } from "./dictionary-files";

/**
 * A Dictionary read from lib/dictionary/data (about 0.2 s, some 60 MB). Paths resolve from the working directory,
 * which is the project root under `next start`, `next dev`, Vitest and in worker threads. Callers cache the result.
 */
export function readDictionaryFiles(): Dictionary {
  const dataDir = path.join(process.cwd(), "lib/dictionary/data");
  return buildDictionary((fileName) => readFileSync(path.join(dataDir, fileName), "utf8"));
}
