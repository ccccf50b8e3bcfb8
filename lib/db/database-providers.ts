/** The databases the app runs on: SQLite (embedded, the default) and PostgreSQL (for several instances). */
export const DATABASE_PROVIDERS = ["sqlite", "postgresql"] as const;
export type DatabaseProvider = (typeof DATABASE_PROVIDERS)[number];

/** Where each provider's generated schema lives; its migrations folder sits beside it (Prisma's default). */
export function schemaPath(provider: DatabaseProvider): string {
  return `prisma/${provider}/schema.prisma`;
}

/** This provider's migrations folder, relative to the project root. */
export function migrationsPath(provider: DatabaseProvider): string {
  return `prisma/${provider}/migrations`;
}

/**
 * A provider's complete schema: its generator and datasource, then the models of prisma/models.prisma unchanged.
 * Each provider gets its own generated client (the query compiler is provider-specific); both have the same types.
 */
export function schemaForProvider(provider: DatabaseProvider, models: string): string {
  return `// Generated from prisma/models.prisma by \`npm run db:schemas\`. Edit that file, not this one.

generator client {
  provider   = "prisma-client"
  output     = "../../lib/db/generated/${provider}"
  engineType = "client"
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

${models.replace(/^(\/\/.*\n)+\n/, "")}`;
}
