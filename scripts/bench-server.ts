/**
 * What the benchmarks share: the built app (`next start`) on its own freshly migrated and seeded database, plain
 * HTTP requests with keep-alive, a signed-in cookie made by writing a session row, and percentiles.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";
import path from "node:path";
import Database from "better-sqlite3";
import { newSessionToken, sessionIdFromToken } from "../lib/auth/session-token";

export const root = path.resolve(__dirname, "..");

export function numberOption(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

export interface BenchServer {
  base: string;
  databaseFile: string;
  stop: () => void;
}

/** Migrates and seeds `tests/.tmp/<name>.db`, builds when there is no build, and starts the app on `port`. */
export async function startBenchServer(
  name: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<BenchServer> {
  const databaseFile = path.join(root, `tests/.tmp/${name}.db`);
  const env = {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    ...extraEnv,
  };
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(databaseFile + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("no build found: running next build");
    execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "ignore" });
  }
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    process.kill(-server.pid!, "SIGTERM");
    agent.destroy();
  };
  try {
    await waitForServer(`${base}/en`);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, databaseFile, stop };
}

export const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP request; `body` is sent as is (a Buffer with its content type in `headers`). */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { agent, method: options.method ?? "GET", headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

export function get(url: string, cookie?: string): Promise<Answer> {
  return request(url, { headers: cookie ? { cookie } : {} });
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await get(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A session cookie for a seeded account, made by writing its session row. */
export function signedInCookie(databaseFile: string, email: string): string {
  const sqlite = new Database(databaseFile);
  const user = sqlite.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string };
  const token = newSessionToken();
  sqlite
    .prepare("INSERT INTO Session (id, userId, expiresAt, createdAt) VALUES (?, ?, ?, ?)")
    .run(sessionIdFromToken(token), user.id, Date.now() + 86_400_000, Date.now());
  sqlite.close();
  return `session=${token}`;
}

export type Field = string | { fileName: string; content: string };

export function multipart(fields: Record<string, Field>): { body: Buffer; contentType: string } {
  const boundary = `----bench${Date.now().toString(16)}`;
  const parts = Object.entries(fields).map(([name, value]) =>
    typeof value === "string"
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.fileName}"\r\n` +
        `Content-Type: text/plain\r\n\r\n${value.content}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The hidden fields React renders into a page's form so that it works without JavaScript. */
export async function formActionFields(pageUrl: string, cookie?: string): Promise<Record<string, string>> {
  const html = (await get(pageUrl, cookie)).body.toString();
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  if (Object.keys(fields).length === 0) throw new Error(`no action fields found in the form of ${pageUrl}`);
  return fields;
}

/** Every script a page's HTML loads on a first visit, counted raw and gzipped. */
export async function firstLoadJavaScript(base: string, html: string) {
  // Modern browsers skip the `noModule` polyfill script, so it is not part of what a first visit loads.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/noModule/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const { body } = await get(new URL(source, base).toString());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { scripts: sources.length, rawKB: Math.round(raw / 1024), gzippedKB: Number((gzipped / 1024).toFixed(1)) };
}
