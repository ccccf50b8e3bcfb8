import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";

describe("the SQLite connection", () => {
  it("uses WAL, so readers are not blocked by a writer, and waits for locks instead of failing", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBe(5000);
  });
});
