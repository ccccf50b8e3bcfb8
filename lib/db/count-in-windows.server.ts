import "server-only";
import { Prisma } from "./generated/sqlite/client";
import { sqlTime } from "./sql-dialect";

export interface WindowCount {
  /** "<limit>:<subject>", as rate-limiter-flexible names its rows in the same table. */
  key: string;
  points: number;
  /** The window's length: a counter whose window is over starts again from these points. */
  seconds: number;
}

/**
 * Adds each counter's points in one statement, through `client` (the database, or a transaction whose commit it
 * joins), and returns the totals in their windows, in the order given: fixed windows kept in the RateLimit table, so
 * every instance counts against the same limit. For a limit asked on a hot path, where rate-limiter-flexible's Prisma
 * model queries and their commits cost more than the work they guard (docs/decisions.md, "Reading progress").
 *
 * countInWindows(db, [{ key: "reading-events:u1", points: 20, seconds: 3600 }]) → [20], then [40] …
 */
export async function countInWindows(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  counts: readonly WindowCount[],
  now = new Date(),
): Promise<number[]> {
  const rows = counts.map(
    ({ key, points, seconds }) => Prisma.sql`(${key}, ${points}, ${sqlTime(new Date(now.getTime() + seconds * 1000))})`,
  );
  const running = Prisma.sql`"RateLimit"."expire" > ${sqlTime(now)}`;
  const totals = await client.$queryRaw<{ key: string; points: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "points", "expire") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN ${running} THEN "RateLimit"."points" + excluded."points" ELSE excluded."points" END,
      "expire" = CASE WHEN ${running} THEN "RateLimit"."expire" ELSE excluded."expire" END
    RETURNING "key", "points"`;
  const byKey = new Map(totals.map((row) => [row.key, Number(row.points)]));
  return counts.map(({ key }) => byKey.get(key) ?? 0);
}
