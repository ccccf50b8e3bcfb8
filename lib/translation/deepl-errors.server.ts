import "server-only";
import { AuthorizationError, ConnectionError, DeepLError, QuotaExceededError, TooManyRequestsError } from "deepl-node";
import { TranslationError } from "./translation-error";

/**
 * deepl-node reports a 5xx answer that survived its retries only through the message of a plain DeepLError
 * ("Service unavailable" for 503, "Unexpected status code: 5xx" for the others).
 */
const SERVER_ERROR_MESSAGE = /^(Service unavailable|Unexpected status code: 5\d\d)/;

/**
 * Maps whatever a DeepL call threw to one of the app's translation error codes. deepl-node has already retried
 * 429, 5xx and transport failures by the time an error gets here, so each code describes a lasting condition.
 */
export function toTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  if (error instanceof AuthorizationError) return new TranslationError("auth", { cause: error });
  if (error instanceof QuotaExceededError) return new TranslationError("quota", { cause: error });
  if (error instanceof TooManyRequestsError) return new TranslationError("rate-limit", { cause: error });
  if (error instanceof ConnectionError) return new TranslationError("unreachable", { cause: error });
  if (error instanceof DeepLError && SERVER_ERROR_MESSAGE.test(error.message)) {
    return new TranslationError("unreachable", { cause: error });
  }
  return new TranslationError("unknown", { cause: error });
}
