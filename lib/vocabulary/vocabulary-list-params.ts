import { z } from "zod";

/** Next.js gives an array when a parameter is repeated (`?page=2&page=3`): the first one counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The vocabulary page's search parameters, read from a URL anyone can edit, so nothing here ever throws: a missing
 * or malformed value becomes the default. A page number is digits only ("2", not "2.5", "-1" or "abc"); a very
 * large one is kept (capped to a safe integer) so that the list can answer it with its last page.
 *
 * vocabularyListParams.parse({ q: "  Minsk ", page: ["3", "4"] }) → { query: "Minsk", page: 3 }
 * vocabularyListParams.parse({ page: "abc" }) → { query: "", page: 1 }
 */
export const vocabularyListParams = z
  .object({
    q: z
      .preprocess(
        firstValue,
        z.string().transform((q) => q.trim().slice(0, 100)),
      )
      .catch(""),
    page: z
      .preprocess(
        firstValue,
        z
          .string()
          .regex(/^\d+$/)
          .transform((digits) => Math.max(1, Math.min(Number(digits), Number.MAX_SAFE_INTEGER))),
      )
      .catch(1),
  })
  .transform(({ q, page }) => ({ query: q, page }));

export type VocabularyListParams = z.infer<typeof vocabularyListParams>;
