import "server-only";
import { db } from "@/lib/db/client.server";
import { placeholders } from "@/lib/db/sql-dialect";
import { classProgressRefresh, type ProgressScope } from "./class-progress-sql";

/**
 * Rebuilds the classes' summaries of reading for a scope, in one transaction. Called after events are stored
 * (one learner × one lesson: a few hundred events at most) and when who is in a class or what is assigned to it
 * changes, so a summary never counts events from before a learner (re)joined.
 */
export async function refreshClassProgress(scope: ProgressScope): Promise<void> {
  await db.$transaction(
    classProgressRefresh(scope).map((statement) =>
      db.$executeRawUnsafe(placeholders(statement.sql), ...statement.values),
    ),
  );
}
