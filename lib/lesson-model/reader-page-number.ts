/**
 * The page number of a reader URL's last segment ("/lessons/:id/2"), or null for anything that is not a plain
 * number from 2 on (page 1 is the lesson's own URL, so "1" is not a second address for it).
 *
 * readerPageNumber("3") → 3 · readerPageNumber("1") → null · readerPageNumber("03") → null
 */
export function readerPageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) && segment !== "1" ? Number(segment) : null;
}

/** The URL of a page of a lesson under a reader's base path ("/en/lessons/abc" → "/en/lessons/abc/2"). */
export function readerPageHref(basePath: string, page: number): string {
  return page > 1 ? `${basePath}/${page}` : basePath;
}
