import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";
import { schemaPath } from "./lib/db/database-providers";
import { databaseUrl, providerOf } from "./lib/db/database-url.cjs";

// Prisma's CLI otherwise tries to download native engines, which cannot be reached here.
// Pointing both variables at any existing file makes it use the Wasm schema engine and the JS client.
const placeholder = path.join(__dirname, ".prisma-placeholder");
if (!existsSync(placeholder)) writeFileSync(placeholder, "");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
process.env.CHECKPOINT_DISABLE ??= "1";

const url = databaseUrl();
process.env.DATABASE_URL = url;
const provider = providerOf(url);

// DATABASE_URL chooses the schema, and with it the migrations folder beside it (prisma/<provider>/migrations).
export default {
  schema: schemaPath(provider),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (provider === "postgresql") return new PrismaPg({ connectionString: url });
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
} satisfies PrismaConfig;
