import "server-only";
import type { Lexicon } from "@/lib/alignment/types";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { alignmentLexiconOf } from "./alignment-lexicon";

let lexicon: Lexicon | null = null;

/** The process-wide alignment lexicon (see alignmentLexiconOf). */
export function alignmentLexicon(): Lexicon {
  lexicon ??= alignmentLexiconOf(getDictionary());
  return lexicon;
}
