import { z } from "zod";
import { WORD_STATUSES } from "./word-status";

/** How long a deleted item can be brought back; older snapshots are purged when the next one is written. */
export const DELETED_VOCABULARY_KEPT_MS = 24 * 60 * 60 * 1000;

const date = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/**
 * Everything a deleted vocabulary item took with it, so that undo puts it back exactly: the item with its id and
 * dates, its sentences, its FSRS card and every review log (the history FSRS weights are fitted on), and the word's
 * status before the deletion. Stored as JSON in DeletedVocabulary.snapshot; dates as ISO text.
 */
export const vocabularySnapshot = z.object({
  item: z.object({
    id: z.string(),
    key: z.string(),
    headword: z.string(),
    english: z.string(),
    note: z.string(),
    createdAt: date,
    updatedAt: date,
  }),
  contexts: z.array(
    z.object({
      id: z.string(),
      lessonId: z.string().nullable(),
      form: z.string(),
      sentence: z.string(),
      english: z.string(),
      paragraphId: z.string().nullable(),
      sentencePosition: z.number().int().nullable(),
      createdAt: date,
    }),
  ),
  card: z
    .object({
      due: date,
      stability: z.number(),
      difficulty: z.number(),
      elapsedDays: z.number().int(),
      scheduledDays: z.number().int(),
      learningSteps: z.number().int(),
      reps: z.number().int(),
      lapses: z.number().int(),
      state: z.number().int(),
      lastReview: date.nullable(),
    })
    .nullable(),
  logs: z.array(
    z.object({
      id: z.string(),
      rating: z.number().int(),
      state: z.number().int(),
      due: date,
      stability: z.number(),
      difficulty: z.number(),
      stabilityAfter: z.number(),
      difficultyAfter: z.number(),
      elapsedDays: z.number().int(),
      lastElapsedDays: z.number().int(),
      scheduledDays: z.number().int(),
      learningSteps: z.number().int(),
      review: date,
      direction: z.string(),
    }),
  ),
  status: z.enum(WORD_STATUSES),
});

/** A snapshot as read back (dates as Date). Written from the rows as they are: `z.input` is what JSON.stringify makes. */
export type VocabularySnapshot = z.output<typeof vocabularySnapshot>;

/** What a deletion tells the learner and what its undo needs. */
export interface DeletedVocabulary {
  snapshotId: string;
  headword: string;
}
