// @ts-check
// When each cache tag was last revalidated, kept in the database (model CacheTagExpiration) so that every app
// instance sharing it knows: Next keeps revalidations in process memory only, so without this a glossary edit made
// through one instance would leave the others serving the old page, and a restart would forget it on the one.
// Plain CommonJS for the page cache handler, which Next loads at run time; it opens its own small connection.
const { databaseUrl, providerOf } = require("../db/database-url.cjs");

/**
 * @typedef {object} TagExpirations
 * @property {(tags: readonly string[], at: number) => Promise<void>} record  Notes that `tags` expired at `at` (ms).
 * @property {(tags: readonly string[]) => Promise<number>} latest  The latest expiry of any of `tags` (ms), or 0.
 * @property {() => Promise<void>} close
 */

/** @param {string} url @returns {TagExpirations} */
function postgresExpirations(url) {
  const { Pool } = require("pg");
  // Two connections: a page check is one indexed read, and the app's own pool does the real work.
  const pool = new Pool({ connectionString: url, max: 2 });
  return {
    async record(tags, at) {
      await pool.query(
        `INSERT INTO "CacheTagExpiration" ("tag", "expiredAt") SELECT unnest($1::text[]), $2
         ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = greatest("CacheTagExpiration"."expiredAt", excluded."expiredAt")`,
        [tags, at],
      );
    },
    async latest(tags) {
      const { rows } = await pool.query(
        `SELECT max("expiredAt") AS "at" FROM "CacheTagExpiration" WHERE "tag" = ANY($1::text[])`,
        [tags],
      );
      return Number(rows[0]?.at ?? 0);
    },
    close: () => pool.end(),
  };
}

/** @param {string} url @returns {TagExpirations} */
function sqliteExpirations(url) {
  const Database = require("better-sqlite3");
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("busy_timeout = 5000");
  const record = db.prepare(
    `INSERT INTO "CacheTagExpiration" ("tag", "expiredAt") SELECT value, ? FROM json_each(?) WHERE true
     ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = max("expiredAt", excluded."expiredAt")`,
  );
  const latest = db.prepare(
    `SELECT max("expiredAt") AS "at" FROM "CacheTagExpiration" WHERE "tag" IN (SELECT value FROM json_each(?))`,
  );
  return {
    async record(tags, at) {
      record.run(at, JSON.stringify(tags));
    },
    async latest(tags) {
      const row = /** @type {{ at: number | bigint | null } | undefined} */ (latest.get(JSON.stringify(tags)));
      return Number(row?.at ?? 0);
    },
    async close() {
      db.close();
    },
  };
}

/** @type {TagExpirations | null} */
let shared = null;

/** The process's one connection to the tag expirations of the database DATABASE_URL names. */
function tagExpirations() {
  if (!shared) {
    const url = databaseUrl();
    shared = providerOf(url) === "postgresql" ? postgresExpirations(url) : sqliteExpirations(url);
  }
  return shared;
}

module.exports = { tagExpirations };
