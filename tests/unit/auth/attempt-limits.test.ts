import { describe, expect, it } from "vitest";
import {
  accountDelaySeconds,
  accountKey,
  addressAccountKey,
  FAILURES_PER_ACCOUNT,
  FAILURES_PER_ADDRESS,
  FAILURES_PER_ADDRESS_AND_ACCOUNT,
  MAX_ACCOUNT_DELAY_SECONDS,
} from "@/lib/auth/attempt-limits";

describe("accountDelaySeconds", () => {
  it("adds no delay for the first failures, then doubles it up to a minute", () => {
    const free = FAILURES_PER_ACCOUNT.points;
    expect([0, 1, free - 1].map(accountDelaySeconds)).toEqual([0, 0, 0]);
    expect([free, free + 1, free + 2, free + 3].map(accountDelaySeconds)).toEqual([1, 2, 4, 8]);
    expect(accountDelaySeconds(free + 6)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
    expect(accountDelaySeconds(10_000)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
  });
});

describe("limits", () => {
  it("let a school behind one address fail far more often than one person on one account", () => {
    expect(FAILURES_PER_ADDRESS.points).toBeGreaterThanOrEqual(30 * 3);
    expect(FAILURES_PER_ADDRESS_AND_ACCOUNT.points).toBeLessThan(FAILURES_PER_ACCOUNT.points);
  });
});

describe("limit keys", () => {
  it("are the same for any spelling of an address, and do not contain it", () => {
    expect(accountKey(" Anna@Example.com")).toBe(accountKey("anna@example.com"));
    expect(accountKey("anna@example.com")).not.toContain("anna");
    expect(accountKey("anna@example.com")).not.toBe(accountKey("bram@example.com"));
    expect(addressAccountKey("192.0.2.1", "anna@example.com")).toBe(`192.0.2.1|${accountKey("anna@example.com")}`);
  });
});
