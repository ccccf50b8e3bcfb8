/**
 * Reader benchmark: starts the built app (`next start`) on its own seeded database and measures the demo lesson's
 * reader page: latency (p50, p99) and throughput at 20 concurrent connections, signed out and signed in, and the
 * first-load JavaScript of the page (every script the HTML loads, gzipped), and the word card's look-up
 * (`/api/lessons/:id/words`) at the same concurrency, over every word of the lesson.
 *
 *   npm run bench                 # builds first if there is no build
 *   npm run bench -- --seconds 20 --connections 20
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { newSessionToken, sessionIdFromToken } from "../lib/auth/session-token";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const seconds = option("seconds", 10);
const connections = option("connections", 20);
const port = option("port", 3310);
const databaseFile = path.join(root, "tests/.tmp/bench.db");
const env = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

function prepare(): void {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(databaseFile + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("no build found: running next build");
    execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "ignore" });
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function get(url: string, cookie?: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: cookie ? { cookie } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
  });
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(urls: string | string[], cookie?: string, concurrency = connections) {
  const list = Array.isArray(urls) ? urls : [urls];
  let next = 0;
  const pick = () => list[next++ % list.length]!;
  for (let i = 0; i < 50; i++) await get(pick(), cookie); // warm-up
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const { status } = await get(pick(), cookie);
      latencies.push(performance.now() - started);
      if (status !== 200) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
  };
}

async function firstLoadJavaScript(base: string, html: string) {
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

/** A look-up URL for every word of every Dutch sentence of the page (offsets of word starts). */
function wordLookupUrls(base: string, lessonId: string, html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<div class="cell-nl" lang="nl">(.*?)<\/div>/gs)) {
    for (const sentence of match[1]!.matchAll(
      /data-pair="([^"]+):(\d+)"[^>]*>(.*?)<\/span>(?= |<\/p>|<\/h2>|<\/blockquote>)/gs,
    )) {
      const text = sentence[3]!.replace(/<[^>]+>/g, "");
      for (const word of text.matchAll(/\p{L}+/gu)) {
        urls.push(`${base}/api/lessons/${lessonId}/words?p=${sentence[1]}&s=${sentence[2]}&o=${word.index}`);
      }
    }
  }
  return urls;
}

function signedInCookie(): string {
  const sqlite = new Database(databaseFile);
  const user = sqlite.prepare("SELECT id FROM User WHERE email = ?").get("learner@example.com") as { id: string };
  const token = newSessionToken();
  sqlite
    .prepare("INSERT INTO Session (id, userId, expiresAt, createdAt) VALUES (?, ?, ?, ?)")
    .run(sessionIdFromToken(token), user.id, Date.now() + 86_400_000, Date.now());
  sqlite.close();
  return `session=${token}`;
}

async function main(): Promise<void> {
  prepare();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForServer(`${base}/en`);
    const lessons = (await get(`${base}/en`)).body.toString();
    const lessonPath = /href="(\/en\/lessons\/[^"]+)"/.exec(lessons)?.[1];
    if (!lessonPath) throw new Error("demo lesson not found on the lessons page");
    const url = `${base}${lessonPath}`;
    const page = (await get(url)).body.toString();
    const cookie = signedInCookie();
    const words = wordLookupUrls(base, lessonPath.split("/").pop()!, page);
    const result = {
      page: lessonPath,
      connections,
      seconds,
      signedOut: await load(url),
      signedIn: await load(url, cookie),
      wordLookup: { words: words.length, ...(await load(words)) },
      wordLookupOneClient: await load(words, undefined, 1),
      htmlKB: Math.round(Buffer.byteLength(page) / 1024),
      firstLoadJavaScript: await firstLoadJavaScript(base, page),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
