import { z } from "zod";

/** A learner's reading and review settings (the LearnerSettings row, or these defaults when there is none). */
export interface LearnerSettingsValues {
  newCardsPerDay: number;
  reviewsPerDay: number;
  dayStartHour: number;
  timeZone: string;
  statusColours: boolean;
  productionReview: boolean;
}

export const DEFAULT_LEARNER_SETTINGS: LearnerSettingsValues = {
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
  timeZone: "Europe/Amsterdam",
  statusColours: true,
  productionReview: false,
};

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** What the settings form may change; every field optional, so one switch can be saved alone. */
export const learnerSettingsInput = z
  .object({
    newCardsPerDay: z.coerce.number().int().min(0).max(500),
    reviewsPerDay: z.coerce.number().int().min(0).max(5_000),
    dayStartHour: z.coerce.number().int().min(0).max(23),
    timeZone: z.string().max(64).refine(isTimeZone),
    statusColours: z.boolean(),
    productionReview: z.boolean(),
  })
  .partial();

export type LearnerSettingsInput = z.infer<typeof learnerSettingsInput>;
