import type { WordLookup } from "@/lib/lesson-model/word-lookup";

/** Asks the server for the word card's data; "error" when the look-up fails or the network is down. */
export async function fetchWordLookup(lessonId: string, query: URLSearchParams): Promise<WordLookup | "error"> {
  try {
    const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/words?${query}`);
    return response.ok ? ((await response.json()) as WordLookup) : "error";
  } catch {
    return "error";
  }
}
