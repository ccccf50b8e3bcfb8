import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { getGrammar } from "@/lib/grammar/load-grammar.server";
import { lookupWord } from "@/lib/lesson-model/word-lookup";
import { answerAboutSentencePair } from "../sentence-pair-answer";

/**
 * The word card's data for the word at offset `o` of sentence `s` in paragraph `p`, from the offline dictionary,
 * with the English words that translate it in the sentence's aligned English (offsets as the reader shows it).
 * Anyone who may read the lesson may look its words up.
 */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return answerAboutSentencePair(
    request,
    params,
    { o: z.coerce.number().int().min(0).max(100_000) },
    "word lookup",
    (pair, { o }) => lookupWord(pair.text, o, getDictionary(), { english: pair.englishAsShown, grammar: getGrammar() }),
  );
}
