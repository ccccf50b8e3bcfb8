import path from "node:path";

/** Default location of the embedded SQLite database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/leeshulp.db";

/**
 * The database URL as `file:<absolute path>`. `DATABASE_URL` may be `file:relative/path.db`
 * (resolved against the working directory) or an absolute path.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  const file = raw.replace(/^file:/, "");
  return `file:${path.resolve(file)}`;
}
