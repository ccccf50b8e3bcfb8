import "server-only";
import { db } from "@/lib/db/client.server";
import { DEFAULT_LEARNER_SETTINGS, type LearnerSettingsInput, type LearnerSettingsValues } from "./learner-settings";

type SettingsRow = Omit<LearnerSettingsValues, "statusColours" | "productionReview"> & {
  statusColours: number | boolean;
  productionReview: number | boolean;
};

/**
 * The learner's settings, or the defaults. Tagged SQL: the reader's statuses and the review queue ask for them on
 * every call, and Prisma's model queries cost about 2 ms each to compile (docs/decisions.md, "SQL for the queries
 * every request asks").
 */
export async function learnerSettings(userId: string): Promise<LearnerSettingsValues> {
  const [row] = await db.$queryRaw<SettingsRow[]>`
    SELECT "newCardsPerDay", "reviewsPerDay", "dayStartHour", "timeZone", "statusColours", "productionReview"
    FROM "LearnerSettings" WHERE "userId" = ${userId}`;
  if (!row) return DEFAULT_LEARNER_SETTINGS;
  return {
    newCardsPerDay: Number(row.newCardsPerDay),
    reviewsPerDay: Number(row.reviewsPerDay),
    dayStartHour: Number(row.dayStartHour),
    timeZone: row.timeZone,
    statusColours: Boolean(row.statusColours),
    productionReview: Boolean(row.productionReview),
  };
}

export async function updateLearnerSettings(userId: string, input: LearnerSettingsInput): Promise<void> {
  await db.learnerSettings.upsert({
    where: { userId },
    create: { ...DEFAULT_LEARNER_SETTINGS, ...input, userId },
    update: input,
  });
}
