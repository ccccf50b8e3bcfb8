import path from "node:path";
import type { DatabaseProvider } from "./database-providers";

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/leeshulp.db";

/**
 * The database URL. A `postgres://` or `postgresql://` URL is kept as it is; anything else names the SQLite file,
 * `file:relative/path.db` (resolved against the working directory) or an absolute path, returned as
 * `file:<absolute path>`.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (providerOf(raw) === "postgresql") return raw;
  const file = raw.replace(/^file:/, "");
  return `file:${path.resolve(file)}`;
}

/** Which database a URL selects: providerOf("postgres://db/leeshulp") → "postgresql". */
export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** The provider `DATABASE_URL` selects. */
export function databaseProvider(env: NodeJS.ProcessEnv = process.env): DatabaseProvider {
  return providerOf(databaseUrl(env));
}
