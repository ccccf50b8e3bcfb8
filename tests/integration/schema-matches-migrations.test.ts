import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { onPostgres } from "@/lib/db/sql-dialect";

/** The columns the migrated test database has for `table` (SQLite's catalogue, or PostgreSQL's). */
async function columnsOf(table: string): Promise<string[]> {
  const rows = onPostgres()
    ? await db.$queryRaw<{ name: string }[]>`
        SELECT column_name::text AS "name" FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table}`
    : await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM pragma_table_info(${table})`;
  return rows.map((row) => row.name).sort();
}

// The schemas are generated from prisma/models.prisma and the migrations are written by hand or by diff: this checks,
// on whichever database runs the suite, that applying the migrations gives every model its table and every field
// its column, and no column the models do not know.
describe("the migrations", () => {
  it("build the tables and columns the models describe", async () => {
    const fields = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    for (const model of Object.values(Prisma.ModelName)) {
      const expected = Object.values(fields[`${model}ScalarFieldEnum`]!).sort();
      expect({ model, columns: await columnsOf(model) }).toEqual({ model, columns: expected });
    }
  });
});
