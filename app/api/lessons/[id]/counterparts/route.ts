import type { NextRequest } from "next/server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { sentenceLinks } from "@/lib/lesson-model/sentence-links";
import { answerAboutSentencePair } from "../sentence-pair-answer";

/**
 * The word links of sentence `s` in paragraph `p` (see sentenceLinks): which Dutch words the English words of the
 * pair translate, for marking the counterpart of a clicked English word. Anyone who may read the lesson may ask.
 */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return answerAboutSentencePair(request, params, {}, "word links", (pair) => ({
    links: sentenceLinks(pair.text, pair.englishAsShown, getDictionary()),
  }));
}
