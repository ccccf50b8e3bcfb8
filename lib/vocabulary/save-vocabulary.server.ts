import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { lemmaKey } from "@/lib/language/lemma-key";
import { canReadLesson } from "@/lib/lessons/lesson-policy";
import type { SaveVocabularyInput } from "./vocabulary-input";

export interface SavedVocabulary {
  itemId: string;
  contextId: string;
  /** False when the learner already had this word; the save then only added the sentence (if new). */
  itemCreated: boolean;
  contextCreated: boolean;
}

/**
 * Saves a word or glossary term met in a lesson sentence. The sentence, the term's English and note are read from
 * the lesson on the server, never taken from the client. Saving the same word again keeps one item.
 */
export async function saveVocabulary(user: CurrentUser, input: SaveVocabularyInput): Promise<SavedVocabulary> {
  const paragraph = await db.paragraph.findFirst({
    where: { id: input.paragraphId, lessonId: input.lessonId },
    select: {
      sourceText: true,
      language: true,
      lesson: { select: { ownerId: true, visibility: true } },
      sentences: { where: { position: input.sentencePosition }, select: { start: true, end: true } },
    },
  });
  if (!paragraph || !canReadLesson(paragraph.lesson, user)) throw new AppError("not-found");
  const span = paragraph.sentences[0];
  if (!span) throw new AppError("not-found");
  const sentence = paragraph.sourceText.slice(span.start, span.end);
  if (!sentence.toLocaleLowerCase("nl").includes(input.form.toLocaleLowerCase("nl"))) {
    throw new AppError("invalid-input");
  }

  let headword = input.form;
  let english = "";
  let note = "";
  if (input.termId) {
    const term = await db.glossaryTerm.findFirst({
      where: { id: input.termId, lessonId: input.lessonId },
      select: { term: true, english: true, note: true },
    });
    if (!term) throw new AppError("not-found");
    ({ term: headword, english, note } = term);
  }
  const key = lemmaKey(headword, getDictionary());

  return db
    .$transaction(async (tx) => {
      const existing = await tx.vocabularyItem.findUnique({ where: { userId_key: { userId: user.id, key } } });
      const item =
        existing ??
        (await tx.vocabularyItem.create({
          data: { userId: user.id, key, headword, english, note },
          select: { id: true },
        }));
      const existingContext = await tx.vocabularyContext.findUnique({
        where: { itemId_sentence: { itemId: item.id, sentence } },
        select: { id: true },
      });
      const context =
        existingContext ??
        (await tx.vocabularyContext.create({
          data: { itemId: item.id, lessonId: input.lessonId, form: input.form, sentence },
          select: { id: true },
        }));
      return { itemId: item.id, contextId: context.id, itemCreated: !existing, contextCreated: !existingContext };
    })
    .catch((error: unknown) => {
      // A double submit racing this one created the same item first: that save stands, and so does this one.
      if (isUniqueViolation(error)) return saveVocabulary(user, input);
      throw error;
    });
}
