import { describe, expect, it } from "vitest";
import { userErrorCodeOf } from "@/lib/db/storage-full";
import { AppError } from "@/lib/errors/app-error";

// The shapes each driver gives a full disk (SQLite's is exercised for real in tests/integration/storage-full.test.ts;
// PostgreSQL's cannot be provoked cheaply, so its errors are written here as node-postgres and Prisma report them).
describe("a full database", () => {
  it("is told to the user as storage-full on SQLite and on PostgreSQL, directly or through Prisma", () => {
    expect(userErrorCodeOf(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }))).toBe(
      "storage-full",
    );
    expect(userErrorCodeOf(Object.assign(new Error("could not extend file"), { code: "53100" }))).toBe("storage-full");
    const throughPrisma = Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { originalCode: "53100", kind: "postgres" } } },
    });
    expect(userErrorCodeOf(throughPrisma)).toBe("storage-full");
  });

  it("is not confused with other database errors", () => {
    expect(userErrorCodeOf(Object.assign(new Error("syntax error"), { code: "42601" }))).toBe("unknown");
    expect(userErrorCodeOf(new AppError("not-found"))).toBe("not-found");
  });
});
