import type { ErrorCode } from "@/lib/errors/app-error";

/** What a server action returns to the browser: data, or an error code the UI shows in the user's language. */
/** A failure may name the form field it concerns (see AppError.field). */
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: ErrorCode; field?: string };
