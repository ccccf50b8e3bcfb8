import { z } from "zod";

/** What the reader sends to save a word: where it was met, and either a glossary term or the selected text. */
export const saveVocabularyInput = z.object({
  lessonId: z.string().min(1).max(64),
  paragraphId: z.string().min(1).max(64),
  sentencePosition: z.number().int().min(0).max(10_000),
  /** The text as it stands in the sentence (the selected word or the term's occurrence). */
  form: z.string().trim().min(1).max(120),
  termId: z.string().min(1).max(64).optional(),
  /** Where the word starts in the sentence, when a single word was chosen in the word card. */
  wordOffset: z.number().int().min(0).max(100_000).optional(),
});

export type SaveVocabularyInput = z.infer<typeof saveVocabularyInput>;

export const vocabularyItemId = z.string().min(1).max(64);
