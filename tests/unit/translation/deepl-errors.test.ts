import {
  AuthorizationError,
  ConnectionError,
  DeepLError,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
} from "deepl-node";
import { describe, expect, it } from "vitest";
import { toTranslationError } from "@/lib/translation/deepl-errors.server";
import { TranslationError } from "@/lib/translation/translation-error";

describe("toTranslationError", () => {
  it.each([
    ["auth", new AuthorizationError("Authorization failure, check auth_key")],
    ["quota", new QuotaExceededError("Quota for this billing period has been exceeded")],
    ["rate-limit", new TooManyRequestsError("Too many requests")],
    ["unreachable", new ConnectionError("Connection failure: timeout of 1000ms exceeded", true)],
    ["unreachable", new DeepLError("Service unavailable, message: overloaded")],
    ["unreachable", new DeepLError("Unexpected status code: 502 Bad Gateway, content: ")],
    ["unknown", new DeepLError("Bad request, message: Value for 'target_lang' not supported.")],
    ["unknown", new GlossaryNotFoundError("Glossary not found")],
    ["unknown", new TypeError("Cannot read properties of undefined")],
  ])("maps to %s: %s", (code, error) => {
    const mapped = toTranslationError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  it("keeps a TranslationError as it is, and never shows provider details in its message", () => {
    const error = new TranslationError("quota", { cause: new Error("secret details") });
    expect(toTranslationError(error)).toBe(error);
    expect(error.message).toBe("Translation failed: quota");
  });
});
