import { createHash } from "node:crypto";

/**
 * The guid of an item's Anki note: the same learner and lemma key give the same guid on every export, so importing
 * a newer export into Anki updates the notes (keeping their Anki scheduling) instead of adding copies. Letters and
 * digits only, so it needs no escaping in the TSV and never starts a `#` comment line.
 *
 * ankiGuid("cm…", "hervorming") → "lh" + 20 hex digits, e.g. "lh5f0c2a9e71b4d3c8e6a1"
 */
export function ankiGuid(userId: string, key: string): string {
  return `lh${createHash("sha256").update(`${userId}\n${key}`).digest("hex").slice(0, 20)}`;
}
