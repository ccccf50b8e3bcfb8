/**
 * Most events in one batch: the browser flushes every 15 s, so an honest batch holds a few dozen at most. Apart from
 * the batch's schema so the browser's queue can use it without bundling zod (whose feature probe the
 * Content-Security-Policy refuses as eval).
 */
export const MAX_EVENTS_PER_BATCH = 50;
