import { Client } from "pg";

/**
 * Set by `npm run test:postgres` (scripts/test-postgres.sh) to the server it started: the integration tests then run
 * on PostgreSQL, one database per test file, instead of SQLite.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** The URL of database `name` on the test server. */
export function postgresDatabaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` with a connection to the test server's maintenance database (for CREATE/DROP DATABASE). */
export async function withPostgresAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: postgresDatabaseUrl("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
