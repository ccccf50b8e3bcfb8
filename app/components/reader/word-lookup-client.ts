import type { SentenceLink } from "@/lib/lesson-model/sentence-links";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";
import type { SentenceRef } from "./reader-dom";

/** Asks the server for the word card's data; "error" when the look-up fails or the network is down. */
export async function fetchWordLookup(lessonId: string, query: URLSearchParams): Promise<WordLookup | "error"> {
  try {
    const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/words?${query}`);
    return response.ok ? ((await response.json()) as WordLookup) : "error";
  } catch {
    return "error";
  }
}

/** The word links of a sentence pair (see sentenceLinks); none when the request fails. */
export async function fetchSentenceLinks(lessonId: string, ref: SentenceRef): Promise<SentenceLink[]> {
  const query = new URLSearchParams({ p: ref.paragraphId, s: String(ref.sentencePosition) });
  try {
    const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/counterparts?${query}`);
    return response.ok ? ((await response.json()) as { links: SentenceLink[] }).links : [];
  } catch {
    return [];
  }
}
