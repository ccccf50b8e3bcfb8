import "server-only";
import { userErrorCodeOf } from "@/lib/db/storage-full";
import { AppError } from "@/lib/errors/app-error";
import type { ActionResult } from "./action-result";

/**
 * Runs an action body and turns failures into an error code. Expected failures (AppError) pass their code; a write
 * refused because the database or disk is full is "storage-full"; anything else is "unknown". Whatever is not an
 * AppError is logged on the server, so no stack trace reaches a user and the operator still sees it.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (!(error instanceof AppError)) console.error("action failed:", error);
    const field = error instanceof AppError ? error.field : undefined;
    return { ok: false, error: userErrorCodeOf(error), ...(field ? { field } : {}) };
  }
}
