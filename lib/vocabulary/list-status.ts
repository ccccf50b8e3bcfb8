/**
 * The statuses a saved word can be given from the vocabulary list, and filtered by: "new" words have no item, so
 * the list never shows one as new (except an item that came without a status, which "All statuses" shows).
 * Kept apart from the URL parameters so that the list's client code does not bundle zod.
 */
export const LIST_STATUSES = ["learning", "known", "ignored"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];
