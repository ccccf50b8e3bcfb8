import { z } from "zod";
import { LIST_STATUSES } from "./list-status";

/** Next.js gives an array when a parameter is repeated (`?page=2&page=3`): the first one counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The vocabulary page's search parameters, read from a URL anyone can edit, so nothing here ever throws: a missing
 * or malformed value becomes the default. A page number is digits only ("2", not "2.5", "-1" or "abc"); a very
 * large one is kept (capped to a safe integer) so that the list can answer it with its last page. A status or
 * lesson filter is left out (undefined) when it is not given or not valid: the list then shows all.
 *
 * vocabularyListParams.parse({ q: "  Minsk ", page: ["3", "4"] }) → { query: "Minsk", page: 3 }
 * vocabularyListParams.parse({ page: "abc", status: "known", lesson: "c1" }) →
 *   { query: "", page: 1, status: "known", lesson: "c1" }
 * vocabularyListParams.parse({ status: "new", lesson: "" }) → { query: "", page: 1 }
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
    status: z.preprocess(firstValue, z.enum(LIST_STATUSES).optional()).catch(undefined),
    lesson: z.preprocess(firstValue, z.string().min(1).max(64).optional()).catch(undefined),
  })
  .transform(({ q, page, status, lesson }) => ({
    query: q,
    page,
    ...(status ? { status } : {}),
    ...(lesson ? { lesson } : {}),
  }));

export type VocabularyListParams = z.infer<typeof vocabularyListParams>;

/**
 * The list's URL for a search, filters and page. Defaults (page 1, no search, no filter) are left out, so the plain
 * URL stays plain and every view has one address.
 *
 * vocabularyListHref("en", { query: "vrede", page: 2 }) → "/en/vocabulary?q=vrede&page=2"
 * vocabularyListHref("nl", { query: "", page: 1, status: "known" }) → "/nl/vocabulary?status=known"
 */
export function vocabularyListHref(lng: string, { query, page, status, lesson }: VocabularyListParams): string {
  const search = new URLSearchParams();
  if (query) search.set("q", query);
  if (status) search.set("status", status);
  if (lesson) search.set("lesson", lesson);
  if (page > 1) search.set("page", String(page));
  const rest = search.toString();
  return `/${lng}/vocabulary${rest ? `?${rest}` : ""}`;
}
