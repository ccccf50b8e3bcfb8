import "server-only";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { newRecordId } from "@/lib/db/new-record-id";
import { jsonRows, jsonTexts, sqlTime } from "@/lib/db/sql-dialect";
import { toWordStatus, type WordStatus } from "./word-status";

type Client = Prisma.TransactionClient | typeof db;

/**
 * Most lemma keys one status change may touch: "Mark the rest as known" of the longest lesson (200,000 characters)
 * stays below it, and its undo sends the keys back in well under a megabyte.
 */
export const MAX_STATUS_KEYS = 20_000;

/** The learner's status of each key; keys without a row are "new". One query, whatever the number of keys. */
export async function wordStatuses(
  client: Client,
  userId: string,
  keys: readonly string[],
): Promise<Map<string, WordStatus>> {
  const statuses = new Map<string, WordStatus>(keys.map((key) => [key, "new"]));
  if (keys.length === 0) return statuses;
  const rows = await client.$queryRaw<{ key: string; status: string }[]>`
    SELECT "key", "status" FROM "WordStatus"
    WHERE "userId" = ${userId} AND "key" IN (SELECT value FROM ${jsonTexts(JSON.stringify(keys))})`;
  for (const row of rows) statuses.set(row.key, toWordStatus(row.status));
  return statuses;
}

/**
 * Sets the status of keys (at most MAX_STATUS_KEYS) and appends a change for each key whose status changed;
 * "new" removes the row. Returns the keys that changed with their status before, for undo. Run it inside the
 * transaction of whatever else the change belongs to.
 */
export async function setWordStatuses(
  client: Client,
  userId: string,
  keys: readonly string[],
  status: WordStatus,
  now = new Date(),
): Promise<Map<string, WordStatus>> {
  const before = await wordStatuses(client, userId, [...new Set(keys)]);
  const changed = new Map([...before].filter(([, previous]) => previous !== status));
  if (changed.size === 0) return changed;
  const changedKeys = JSON.stringify([...changed.keys()]);
  const at = sqlTime(now);
  if (status === "new") {
    await client.$executeRaw`
      DELETE FROM "WordStatus" WHERE "userId" = ${userId} AND "key" IN (SELECT value FROM ${jsonTexts(changedKeys)})`;
  } else {
    await client.$executeRaw`
      INSERT INTO "WordStatus" ("userId", "key", "status", "updatedAt")
      SELECT ${userId}, value, ${status}, ${at} FROM ${jsonTexts(changedKeys)} WHERE true
      ON CONFLICT ("userId", "key") DO UPDATE SET "status" = excluded."status", "updatedAt" = excluded."updatedAt"`;
  }
  const changes = JSON.stringify([...changed.keys()].map((key) => [newRecordId(), key]));
  await client.$executeRaw`
    INSERT INTO "WordStatusChange" ("id", "userId", "key", "status", "at")
    SELECT value ->> 0, ${userId}, value ->> 1, ${status}, ${at} FROM ${jsonRows(changes)}`;
  return changed;
}

/** Puts keys back to the statuses they had (undo of a status change), each in one go per status. */
export async function restoreWordStatuses(
  client: Client,
  userId: string,
  previous: ReadonlyMap<string, WordStatus>,
  now = new Date(),
): Promise<void> {
  const byStatus = new Map<WordStatus, string[]>();
  for (const [key, status] of previous) byStatus.set(status, [...(byStatus.get(status) ?? []), key]);
  for (const [status, keys] of byStatus) await setWordStatuses(client, userId, keys, status, now);
}
