import "server-only";
import { db } from "@/lib/db/client.server";
import { DEFAULT_LEARNER_SETTINGS, type LearnerSettingsInput, type LearnerSettingsValues } from "./learner-settings";

export async function learnerSettings(userId: string): Promise<LearnerSettingsValues> {
  const row = await db.learnerSettings.findUnique({
    where: { userId },
    select: {
      newCardsPerDay: true,
      reviewsPerDay: true,
      dayStartHour: true,
      timeZone: true,
      statusColours: true,
      productionReview: true,
    },
  });
  return row ?? DEFAULT_LEARNER_SETTINGS;
}

export async function updateLearnerSettings(userId: string, input: LearnerSettingsInput): Promise<void> {
  await db.learnerSettings.upsert({
    where: { userId },
    create: { ...DEFAULT_LEARNER_SETTINGS, ...input, userId },
    update: input,
  });
}
