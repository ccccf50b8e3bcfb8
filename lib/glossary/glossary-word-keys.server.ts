import "server-only";
import type { WordKeys } from "./word-keys";

const FUNCTION_WORDS = new Set(
  "de het een van in op aan met voor door bij uit over tot om naar onder tussen zonder en of maar dat die dit deze".split(
    " ",
  ),
);

/** Word keys for glossary matching on the server. */
export function glossaryWordKeys(): WordKeys {
  return {
    keysOf: (word) => [word.toLowerCase()],
    isFunctionWord: (word) => FUNCTION_WORDS.has(word.toLowerCase()),
  };
}
