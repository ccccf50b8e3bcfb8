import { z } from "zod";

/**
 * The longest paragraph text (either language) the owner may save: far more than a real paragraph, little enough
 * that re-splitting and re-aligning it on the request thread stays a matter of milliseconds.
 */
export const MAX_PARAGRAPH_CHARACTERS = 10_000;

/** A paragraph is one line: runs of white space (line breaks included) become one space. */
const paragraphText = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().max(MAX_PARAGRAPH_CHARACTERS, { message: "paragraphTooLong" }));

/** The owner's correction of one paragraph: its Dutch (required) and its English (empty: no translation). */
export const paragraphEditInput = z.object({
  dutch: paragraphText.pipe(z.string().min(1, { message: "required" })),
  english: paragraphText,
});

export type ParagraphEdit = z.infer<typeof paragraphEditInput>;

/**
 * What became of the paragraph's English: "saved" (as the owner left or typed it), "retranslated" (new Dutch under a
 * DeepL translation, translated again from the translation cache at no cost), "needs-deepl" (not in the cache: the
 * caller starts a DeepL job), "translation-cleared" (not in the cache and DeepL not set up: the paragraph stays
 * untranslated until the owner types its English, rather than showing English that says something else).
 */
export type ParagraphEditOutcome = "saved" | "retranslated" | "needs-deepl" | "translation-cleared";
