import type { CurrentUser } from "@/lib/auth/roles";
import { listVocabularyPage } from "@/lib/vocabulary/list-vocabulary.server";
import type { VocabularyEntry } from "@/lib/vocabulary/vocabulary-entry";

/** The newest page of the user's items, as the vocabulary page first shows them. */
export async function firstVocabularyPage(user: CurrentUser, query = ""): Promise<VocabularyEntry[]> {
  return (await listVocabularyPage(user, { query, page: 1 })).items;
}
