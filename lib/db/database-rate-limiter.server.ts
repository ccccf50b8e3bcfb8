import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";
import { db } from "./client.server";

/**
 * A counter of `points` per `seconds` under `keyPrefix`, kept in the database (model RateLimit, through
 * rate-limiter-flexible's Prisma store), so limits hold across restarts and for every instance sharing the database.
 * Its upsert increments in one statement (INSERT … ON CONFLICT DO UPDATE), so attempts made at the same moment are all
 * counted. `clearExpired`: this limiter also deletes the table's expired rows every few minutes (one is enough).
 */
export function databaseRateLimiter(
  keyPrefix: string,
  limit: { points: number; seconds: number },
  clearExpired = false,
): RateLimiterPrisma {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points: limit.points,
    duration: limit.seconds,
    clearExpiredByTimeout: clearExpired,
  });
}

/** rate-limiter-flexible rejects with its result object when a limit is reached; that becomes `code`. */
export async function orRefuse(consumed: Promise<RateLimiterRes>, code: ErrorCode): Promise<void> {
  try {
    await consumed;
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError(code);
    throw error;
  }
}
