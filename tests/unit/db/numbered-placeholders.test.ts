import { describe, expect, it } from "vitest";
import { numberedPlaceholders } from "@/lib/db/numbered-placeholders";

describe("SQL with ? placeholders for PostgreSQL", () => {
  it("numbers them in order", () => {
    expect(numberedPlaceholders(`UPDATE "Lesson" SET "title" = ? WHERE "id" = ?`)).toBe(
      `UPDATE "Lesson" SET "title" = $1 WHERE "id" = $2`,
    );
    expect(numberedPlaceholders(`INSERT INTO "T" ("a", "b") VALUES (?, ?), (?, ?)`)).toBe(
      `INSERT INTO "T" ("a", "b") VALUES ($1, $2), ($3, $4)`,
    );
  });

  it("leaves SQL without placeholders as it is", () => {
    expect(numberedPlaceholders(`SELECT 1`)).toBe(`SELECT 1`);
  });
});
