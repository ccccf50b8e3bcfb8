import "server-only";
import { AppError, errorCodeOf } from "@/lib/errors/app-error";
import type { ActionResult } from "./action-result";

/**
 * Runs an action body and turns failures into an error code. Expected failures (AppError) pass their code;
 * anything else is logged on the server and reported as "unknown", so no stack trace reaches a user.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (!(error instanceof AppError)) console.error("action failed:", error);
    const field = error instanceof AppError ? error.field : undefined;
    return { ok: false, error: errorCodeOf(error), ...(field ? { field } : {}) };
  }
}
