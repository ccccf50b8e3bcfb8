import { describe, expect, it } from "vitest";
import { parseDeeplConfig } from "@/lib/translation/deepl-config.server";

describe("parseDeeplConfig", () => {
  it("leaves DeepL off without a key, and translates to British English by default", () => {
    expect(parseDeeplConfig({})).toEqual({ authKey: null, serverUrl: null, targetLang: "en-GB" });
    expect(parseDeeplConfig({ DEEPL_AUTH_KEY: " ", DEEPL_SERVER_URL: "", DEEPL_TARGET_LANG: "" })).toEqual({
      authKey: null,
      serverUrl: null,
      targetLang: "en-GB",
    });
  });

  it("reads the key, a server address and American English", () => {
    const env = { DEEPL_AUTH_KEY: "abc:fx", DEEPL_SERVER_URL: "http://127.0.0.1:3001", DEEPL_TARGET_LANG: "en-US" };
    expect(parseDeeplConfig(env)).toEqual({
      authKey: "abc:fx",
      serverUrl: "http://127.0.0.1:3001",
      targetLang: "en-US",
    });
  });

  it("names the variable with a bad value", () => {
    expect(() => parseDeeplConfig({ DEEPL_TARGET_LANG: "en" })).toThrow(/DEEPL_TARGET_LANG/);
    expect(() => parseDeeplConfig({ DEEPL_SERVER_URL: "not a url" })).toThrow(/DEEPL_SERVER_URL/);
  });
});
