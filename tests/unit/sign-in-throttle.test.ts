import { describe, expect, it } from "vitest";
import { SignInThrottle } from "@/lib/auth/sign-in-throttle";

describe("SignInThrottle", () => {
  it("blocks an address after too many failures, until the window has passed", () => {
    let now = 0;
    const throttle = new SignInThrottle({ maxFailures: 3, windowMs: 1000 }, () => now);
    for (let i = 0; i < 3; i++) throttle.fail("anna@example.com");
    expect(throttle.isBlocked("anna@example.com")).toBe(true);
    expect(throttle.isBlocked("bram@example.com")).toBe(false);
    now = 1001;
    expect(throttle.isBlocked("anna@example.com")).toBe(false);
  });

  it("forgets failures after a successful sign-in", () => {
    const throttle = new SignInThrottle({ maxFailures: 2, windowMs: 1000 }, () => 0);
    throttle.fail("anna@example.com");
    throttle.succeed("anna@example.com");
    throttle.fail("anna@example.com");
    expect(throttle.isBlocked("anna@example.com")).toBe(false);
  });

  it("tracks a bounded number of addresses", () => {
    const throttle = new SignInThrottle({ maxFailures: 1, windowMs: 1000, maxTracked: 2 }, () => 0);
    for (const address of ["a", "b", "c"]) throttle.fail(address);
    expect(["a", "b", "c"].map((address) => throttle.isBlocked(address))).toEqual([false, true, true]);
  });
});
