// @ts-check
// Which database DATABASE_URL names. CommonJS because the page cache handler (lib/cache), which Next loads at run
// time without compiling it, needs it as much as the TypeScript does (through database-url.d.cts).
const path = require("node:path");

/** Default location of the embedded SQLite database, relative to the project root. */
const DEFAULT_DATABASE_FILE = "data/leeshulp.db";

/**
 * Which database a URL selects: providerOf("postgres://db/leeshulp") → "postgresql", anything else "sqlite".
 * @param {string} url
 * @returns {"sqlite" | "postgresql"}
 */
function providerOf(url) {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/**
 * The database URL. A `postgres://` or `postgresql://` URL is kept as it is; anything else names the SQLite file,
 * `file:relative/path.db` (resolved against the working directory) or an absolute path, returned as
 * `file:<absolute path>`.
 * @param {NodeJS.ProcessEnv} [env]
 */
function databaseUrl(env = process.env) {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (providerOf(raw) === "postgresql") return raw;
  return `file:${path.resolve(raw.replace(/^file:/, ""))}`;
}

/**
 * The provider DATABASE_URL selects.
 * @param {NodeJS.ProcessEnv} [env]
 */
function databaseProvider(env = process.env) {
  return providerOf(databaseUrl(env));
}

module.exports = { DEFAULT_DATABASE_FILE, databaseUrl, databaseProvider, providerOf };
