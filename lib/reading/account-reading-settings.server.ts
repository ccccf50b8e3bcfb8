import "server-only";
import { db } from "@/lib/db/client.server";
import { DEFAULT_LEARNER_SETTINGS } from "@/lib/vocabulary/learner-settings";
import { parseReadingSettings, type ReadingSettings } from "./reading-settings";

/**
 * The reading settings kept with a learner's account, or null when they have kept none (then the browser's count).
 * Tagged SQL, as learnerSettings(): every page a signed-in learner loads asks for them (docs/decisions.md, "SQL for
 * the queries every request asks").
 */
export async function accountReadingSettings(userId: string): Promise<ReadingSettings | null> {
  const [row] = await db.$queryRaw<{ readingSettings: string | null }[]>`
    SELECT "readingSettings" FROM "LearnerSettings" WHERE "userId" = ${userId}`;
  return row?.readingSettings ? parseReadingSettings(row.readingSettings) : null;
}

/** Keeps `settings` (already checked: readingSettingsInput) with the learner's account, over any kept before. */
export async function saveAccountReadingSettings(userId: string, settings: ReadingSettings): Promise<void> {
  const readingSettings = JSON.stringify(settings);
  await db.learnerSettings.upsert({
    where: { userId },
    create: { ...DEFAULT_LEARNER_SETTINGS, userId, readingSettings },
    update: { readingSettings },
  });
}
