import { afterAll, describe, expect, it } from "vitest";
import { tagExpirations } from "@/lib/cache/shared-tag-expirations.cjs";

// Runs on the test file's own database (SQLite, or PostgreSQL under npm run test:postgres), through the handler's own
// connection, as every app instance's page cache asks it.
const expirations = tagExpirations();
afterAll(() => expirations.close());

describe("cache tag expirations shared through the database", () => {
  it("answer the latest expiry among a page's tags, and 0 for tags never revalidated", async () => {
    expect(await expirations.latest(["_N_T_/en/lessons/a"])).toBe(0);

    await expirations.record(["_N_T_/en/lessons/a", "_N_T_/nl/lessons/a"], 1_000);
    await expirations.record(["_N_T_/nl/lessons/a"], 2_000);

    expect(await expirations.latest(["_N_T_/layout", "_N_T_/en/lessons/a"])).toBe(1_000);
    expect(await expirations.latest(["_N_T_/nl/lessons/a", "_N_T_/en/lessons/a"])).toBe(2_000);
    expect(await expirations.latest(["_N_T_/en/lessons/b"])).toBe(0);
  });

  it("never move back in time when an instance with a slower clock records an older expiry", async () => {
    await expirations.record(["_N_T_/en/lessons/c"], 5_000);
    await expirations.record(["_N_T_/en/lessons/c"], 4_000);

    expect(await expirations.latest(["_N_T_/en/lessons/c"])).toBe(5_000);
  });
});
