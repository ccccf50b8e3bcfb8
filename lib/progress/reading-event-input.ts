import { z } from "zod";
import { MAX_EVENTS_PER_BATCH } from "./reading-batch-limits";

/** The browser's id for an event (crypto.randomUUID() fits), so a batch sent twice is stored once. */
const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** A paragraph or sentence position, or a character offset: lessons stay far below these bounds. */
const position = z.number().int().min(0).max(100_000);

/**
 * One event as the browser sends it. Only positions travel: the server reads the sentence and the word from the
 * lesson itself, so nothing the browser says about text is ever stored. "save" is recorded by the server when a
 * word is saved, never sent. Unknown fields are dropped.
 *
 * { id: "3f1c9a2e-…", kind: "lookup", paragraph: 2, sentence: 0, offset: 9 } → the word at offset 9 of sentence 0
 * of paragraph 2
 */
export const readingEventInput = z.discriminatedUnion("kind", [
  z.object({ id: clientId, kind: z.literal("open") }),
  z.object({ id: clientId, kind: z.literal("seen"), paragraph: position }),
  z.object({ id: clientId, kind: z.literal("time"), seconds: z.number().int().min(1).max(120) }),
  z.object({ id: clientId, kind: z.literal("finish") }),
  z.object({ id: clientId, kind: z.literal("lookup"), paragraph: position, sentence: position, offset: position }),
]);

export type ReadingEventInput = z.infer<typeof readingEventInput>;

export const readingEventBatch = z.object({
  lessonId: z.string().min(1).max(64),
  events: z.array(readingEventInput).min(1).max(MAX_EVENTS_PER_BATCH),
});

export type ReadingEventBatch = z.infer<typeof readingEventBatch>;
