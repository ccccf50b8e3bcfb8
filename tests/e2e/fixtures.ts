import { randomInt } from "node:crypto";
import { test as base, expect } from "@playwright/test";

/** A failed resource load that a test provokes on purpose (visiting an unknown lesson answers 404). */
const EXPECTED = /Failed to load resource: the server responded with a status of 404/;

/**
 * Every test fails when the page logs an error or throws: a hydration mismatch or an exception in a click handler
 * is a bug even when the assertions pass.
 */
export const test = base.extend<{ failOnPageErrors: void; ownClientAddress: void }>({
  // Each test is its own visitor for the per-address attempt limits (the e2e server trusts one proxy hop).
  ownClientAddress: [
    async ({ context }, use) => {
      const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
      await context.setExtraHTTPHeaders({ "x-forwarded-for": address });
      await use();
    },
    { auto: true },
  ],
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !EXPECTED.test(message.text())) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
