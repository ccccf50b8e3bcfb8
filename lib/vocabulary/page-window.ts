export interface PageWindow {
  /** The page shown, from 1 to `pageCount`. */
  page: number;
  /** At least 1: an empty list is one empty page. */
  pageCount: number;
  total: number;
  /** How many items come before this page. */
  skip: number;
  /** Positions (from 1) of the first and last item on the page; both 0 when there are none. */
  first: number;
  last: number;
}

/**
 * Which slice of `total` items a requested page shows. The request comes from a URL, so anything is clamped
 * rather than refused: below 1 (or not a number) is the first page, past the end is the last page, so a stale link
 * or deleting the last word on the last page still shows words.
 *
 * pageWindow(120, 3, 50) → { page: 3, pageCount: 3, total: 120, skip: 100, first: 101, last: 120 }
 * pageWindow(120, 99, 50) → the same; pageWindow(0, 2, 50) → { page: 1, pageCount: 1, total: 0, skip: 0, first: 0, last: 0 }
 */
export function pageWindow(total: number, requestedPage: number, pageSize: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const skip = (page - 1) * pageSize;
  const last = Math.min(skip + pageSize, total);
  return { page, pageCount, total, skip, first: last > skip ? skip + 1 : 0, last };
}
