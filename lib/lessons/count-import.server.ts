import "server-only";
import { databaseRateLimiter, orRefuse } from "@/lib/db/database-rate-limiter.server";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

const importsPerUser = databaseRateLimiter("imports-user", { points: IMPORT_LIMITS.maxImportsPerHour, seconds: 3600 });

/**
 * Counts an import for the user, or refuses it with "too-many-imports": each import costs seconds of the worker and
 * up to megabytes of storage, so one account cannot keep the worker busy for others or fill the disk.
 */
export async function countImport(userId: string): Promise<void> {
  await orRefuse(importsPerUser.consume(userId), "too-many-imports");
}
