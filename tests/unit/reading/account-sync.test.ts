import { describe, expect, it } from "vitest";
import { accountSyncStep } from "@/lib/reading/account-sync";
import { DEFAULT_READING_SETTINGS as DEFAULTS } from "@/lib/reading/reading-settings";

const dark = { ...DEFAULTS, theme: "dark" as const };
const larger = { ...DEFAULTS, textSize: 2 };

describe("accountSyncStep", () => {
  it("replaces the browser's settings with the account's", () => {
    expect(accountSyncStep(dark, DEFAULTS, false)).toBe("adopt");
    expect(accountSyncStep(dark, larger, false)).toBe("adopt");
    // Even the defaults, when the account keeps them: the learner chose them there.
    expect(accountSyncStep(DEFAULTS, larger, false)).toBe("adopt");
  });

  it("uploads the browser's settings to an account that keeps none, unless they are the defaults", () => {
    expect(accountSyncStep(null, larger, false)).toBe("upload");
    expect(accountSyncStep(null, DEFAULTS, false)).toBe("none");
  });

  it("uploads a change this browser could not save, as the last one made", () => {
    expect(accountSyncStep(dark, larger, true)).toBe("upload");
    expect(accountSyncStep(null, DEFAULTS, true)).toBe("upload");
  });

  it("does nothing when both already agree", () => {
    expect(accountSyncStep(dark, { ...dark }, false)).toBe("none");
    expect(accountSyncStep(dark, { ...dark }, true)).toBe("none");
  });
});
