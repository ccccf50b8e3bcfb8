/**
 * What went wrong with a machine translation, as a code the UI turns into a message in the user's language.
 * Provider details (messages, stack traces) never reach the user; they stay in `cause` for the server log.
 */
export const TRANSLATION_ERROR_CODES = [
  "not-configured",
  "auth",
  "quota",
  "rate-limit",
  "unreachable",
  // The server stopped (a crash or a restart) while the job ran; what it translated is kept.
  "interrupted",
  "unknown",
] as const;

export type TranslationErrorCode = (typeof TRANSLATION_ERROR_CODES)[number];

export class TranslationError extends Error {
  override readonly name = "TranslationError";

  constructor(
    readonly code: TranslationErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Translation failed: ${code}`, options);
  }
}

export function isTranslationErrorCode(value: string): value is TranslationErrorCode {
  return (TRANSLATION_ERROR_CODES as readonly string[]).includes(value);
}
