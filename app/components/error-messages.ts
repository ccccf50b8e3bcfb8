import "server-only";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { MAX_EDITABLE_PARAGRAPHS } from "@/lib/lessons/alignment-draft";
import { TRANSFER_LIMITS } from "@/lib/vocabulary/transfer/transfer-limits";

/** The numbers error messages name. */
const LIMITS = {
  ...IMPORT_LIMITS,
  maxEditableParagraphs: MAX_EDITABLE_PARAGRAPHS,
  maxRows: TRANSFER_LIMITS.maxRows,
};

/** One error code's message in the user's language. */
export function errorMessage(lng: UiLanguage, code: ErrorCode): string {
  return getT(lng, "errors")(code, LIMITS);
}

/** Every error code's message in the user's language, for client components that show action results. */
export function errorMessages(lng: UiLanguage): Record<string, string> {
  return Object.fromEntries(ERROR_CODES.map((code) => [code, errorMessage(lng, code)]));
}

/** Field-level messages (keys of errors.field) with their limits filled in. */
export function fieldErrorMessages(lng: UiLanguage, limits: Record<string, number> = {}): Record<string, string> {
  const t = getT(lng, "errors");
  const field = getT(lng, "errors")("field", { returnObjects: true }) as Record<string, string>;
  return Object.fromEntries(Object.keys(field).map((key) => [key, t(`field.${key}`, limits)]));
}
