import { createHash } from "node:crypto";

export interface TranslationCacheKeyInput {
  provider: string;
  sourceText: string;
  sourceLang: string;
  targetLang: string;
  /** Fingerprint of the glossary entries used, or "none". */
  glossary: string;
  /** Everything else about the request that changes the output, e.g. the tag format. */
  options: string;
}

/**
 * The cache key of a machine translation: sha256 over every input that can change the output. The parts are
 * JSON-encoded as an array, so no two different inputs can concatenate to the same string.
 */
export function translationCacheKey(input: TranslationCacheKeyInput): string {
  const parts = [input.provider, input.sourceLang, input.targetLang, input.glossary, input.options, input.sourceText];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
