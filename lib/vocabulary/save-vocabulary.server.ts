import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { lemmaKey } from "@/lib/language/lemma-key";
import { sentencePairOfLesson } from "@/lib/lesson-model/sentence-of-lesson.server";
import { lookupWord, vocabularyEntryOf } from "@/lib/lesson-model/word-lookup";
import { recordSave } from "@/lib/progress/record-reading-events.server";
import { newCard } from "./review-scheduler";
import type { SaveVocabularyInput } from "./vocabulary-input";
import type { WordStatus } from "./word-status";
import { setWordStatuses } from "./word-statuses.server";

export interface SavedVocabulary {
  itemId: string;
  contextId: string;
  /** False when the learner already had this word; the save then only added the sentence (if new). */
  itemCreated: boolean;
  contextCreated: boolean;
  /** The word's lemma key and its status before this save (a save makes it "learning"), for marks and undo. */
  key: string;
  headword: string;
  previousStatus: WordStatus;
}

/**
 * Saves a word or glossary term met in a lesson sentence. The sentence, the term's English and note, and a word's
 * lemma and glosses are read from the lesson and the dictionary on the server, never taken from the client. Saving
 * the same word again (in any inflected form) keeps one item.
 */
export async function saveVocabulary(user: CurrentUser, input: SaveVocabularyInput): Promise<SavedVocabulary> {
  const pair = await sentencePairOfLesson(user, input.lessonId, input.paragraphId, input.sentencePosition);
  const sentence = pair.text;
  if (!sentence.toLocaleLowerCase("nl").includes(input.form.toLocaleLowerCase("nl"))) {
    throw new AppError("invalid-input");
  }

  const dictionary = getDictionary();
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
  } else if (input.wordOffset !== undefined) {
    const lookup = lookupWord(sentence, input.wordOffset, dictionary, { english: pair.english });
    if (!lookup || sentence.slice(lookup.word.start, lookup.word.end) !== input.form)
      throw new AppError("invalid-input");
    ({ headword, english } = vocabularyEntryOf(lookup));
  }
  const key = lemmaKey(headword, dictionary);

  return db
    .$transaction(async (tx) => {
      const existing = await tx.vocabularyItem.findUnique({ where: { userId_key: { userId: user.id, key } } });
      const item =
        existing ??
        (await tx.vocabularyItem.create({
          data: { userId: user.id, key, headword, english, note },
          select: { id: true },
        }));
      if (!existing) await tx.reviewCard.create({ data: { itemId: item.id, userId: user.id, ...newCard(new Date()) } });
      const previousStatus = (await setWordStatuses(tx, user.id, [key], "learning")).get(key) ?? "learning";
      const existingContext = await tx.vocabularyContext.findUnique({
        where: { itemId_sentence: { itemId: item.id, sentence } },
        select: { id: true },
      });
      const context =
        existingContext ??
        (await tx.vocabularyContext.create({
          data: {
            itemId: item.id,
            lessonId: input.lessonId,
            paragraphId: input.paragraphId,
            sentencePosition: input.sentencePosition,
            form: input.form,
            sentence,
            english: pair.english,
          },
          select: { id: true },
        }));
      return {
        itemId: item.id,
        contextId: context.id,
        itemCreated: !existing,
        contextCreated: !existingContext,
        key,
        headword: existing?.headword ?? headword,
        previousStatus,
      };
    })
    .then(async (saved) => {
      // A class's teachers see saves of lessons assigned to it; saving the same word and sentence again is no new save.
      if (saved.itemCreated || saved.contextCreated) await recordSave(user, input.lessonId, key, input.form, sentence);
      return saved;
    })
    .catch((error: unknown) => {
      // A double submit racing this one created the same item first: that save stands, and so does this one.
      if (isUniqueViolation(error)) return saveVocabulary(user, input);
      throw error;
    });
}
