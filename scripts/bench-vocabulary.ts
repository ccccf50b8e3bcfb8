/**
 * Vocabulary benchmark: starts the built app (`next start`) on its own seeded database, gives one learner 10,000
 * vocabulary items (every lemma of the demo article among them) with statuses, cards and sentences, and 100,000
 * review-log rows (bulk SQL), then measures:
 * - statusMap: the learner's statuses for the demo article's page (`/api/lessons/:id/word-statuses`), the request
 *   the reader makes once per page view, from 20 connections that each ask again 100 ms after an answer (200
 *   requests a second at most: far more than 20 readers turning pages); statusMapClosedLoop: the same with no
 *   pause, a stress test of what one Node process serves; sessionBaseline: `/api/session` (one query) under the
 *   same paced load, the floor any signed-in request of this server stands on;
 * - reviewQueue: the next 20 due cards as the review screen asks for them (the use case, called in this process
 *   against the same database file, one call at a time);
 * - paintMs: colouring the demo article in Chromium (the reader's own `status-paint` measure, median of 5 loads);
 * - the reader's first-load JavaScript (every script the page's HTML loads, gzipped).
 * Prints JSON.
 *
 *   npm run bench:vocabulary                       # builds first if there is no build
 *   npm run bench:vocabulary -- --seconds 10 --connections 20 --gap-ms 100 --items 10000 --logs 100000
 */
import Database from "better-sqlite3";
import { chromium } from "@playwright/test";
import { newRecordId } from "../lib/db/new-record-id";
import { sqliteTimestamp } from "../lib/db/sqlite-timestamp";
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";
import { firstLoadJavaScript, get, numberOption, percentile, signedInCookie, startBenchServer } from "./bench-server";

const seconds = numberOption("seconds", 10);
const connections = numberOption("connections", 20);
const itemCount = numberOption("items", 10_000);
const logCount = numberOption("logs", 100_000);
const port = numberOption("port", 3330);
const gapMs = numberOption("gap-ms", 100);

const DAY = 86_400_000;
const LEARNER = "bench-learner@example.com";

/** A small deterministic generator, so every run builds the same vocabulary. */
function randomSource(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function addLearner(databaseFile: string): void {
  const sqlite = new Database(databaseFile);
  sqlite
    .prepare(
      "INSERT INTO User (id, email, name, passwordHash, role, uiLanguage, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(newRecordId(), LEARNER, "Bench Learner", "-", "learner", "en", sqliteTimestamp());
  sqlite.close();
}

/** Items for the article's keys and then made-up ones, each with a status, a card and a sentence; then the logs. */
function fillVocabulary(databaseFile: string, articleKeys: readonly string[]): void {
  const random = randomSource(9);
  const sqlite = new Database(databaseFile);
  const { id: userId } = sqlite.prepare("SELECT id FROM User WHERE email = ?").get(LEARNER) as { id: string };
  const now = Date.now();
  const at = (offset: number) => sqliteTimestamp(new Date(now + offset));
  const item = sqlite.prepare(
    "INSERT INTO VocabularyItem (id, userId, key, headword, english, note, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
  );
  const context = sqlite.prepare(
    "INSERT INTO VocabularyContext (id, itemId, form, sentence, english, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const status = sqlite.prepare("INSERT INTO WordStatus (userId, key, status, updatedAt) VALUES (?, ?, ?, ?)");
  const card = sqlite.prepare(
    `INSERT INTO ReviewCard (itemId, userId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps,
       reps, lapses, state, lastReview) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const log = sqlite.prepare(
    `INSERT INTO ReviewLog (id, itemId, userId, rating, state, due, stability, difficulty, stabilityAfter,
       difficultyAfter, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, review, direction)
     VALUES (?, ?, ?, ?, 2, ?, ?, 5, ?, 5, 3, 2, 4, 0, ?, 'recognition')`,
  );
  const itemIds: string[] = [];
  sqlite.transaction(() => {
    for (let index = 0; index < itemCount; index++) {
      const key = articleKeys[index] ?? `benchwoord${index}`;
      const id = newRecordId();
      itemIds.push(id);
      const saved = at(-random() * 120 * DAY);
      item.run(id, userId, key, key, `meaning ${index}`, saved, saved);
      context.run(newRecordId(), id, key, `Een zin met ${key} erin.`, `A sentence with ${key} in it.`, saved);
      const roll = random();
      status.run(userId, key, roll < 0.7 ? "learning" : roll < 0.95 ? "known" : "ignored", saved);
      const stability = 1 + random() * 90;
      const state = random() < 0.1 ? 0 : 2;
      card.run(id, userId, at((random() * 90 - 30) * DAY), stability, 5, 3, Math.round(stability), 5, 1, state, saved);
    }
    for (let index = 0; index < logCount; index++) {
      const itemId = itemIds[index % itemIds.length]!;
      // Reviews of earlier days: today's grades would use up the daily limits and leave the queue empty.
      const review = at(-(1 + random() * 119) * DAY);
      const rating = random() < 0.15 ? 1 : 3;
      log.run(newRecordId(), itemId, userId, rating, review, 10, 12, review);
    }
  })();
  sqlite.close();
}

async function pacedLatencies(url: string, cookie: string, pauseMs: number) {
  for (let warm = 0; warm < 20; warm++) await get(url, cookie);
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const { status } = await get(url, cookie);
      latencies.push(performance.now() - started);
      if (status !== 200) errors++;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { ...summary(latencies, errors), requestsPerSecond: Math.round(latencies.length / seconds) };
}

function summary(latencies: number[], errors = 0) {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    p50Ms: Number(percentile(sorted, 50).toFixed(1)),
    p99Ms: Number(percentile(sorted, 99).toFixed(1)),
  };
}

/** The review screen's query, in this process (it needs the app's server modules and the database's address). */
async function reviewQueueLatencies(databaseFile: string) {
  process.env.DATABASE_URL = `file:${databaseFile}`;
  const { db } = await import("../lib/db/client.server");
  const { reviewQueue } = await import("../lib/vocabulary/review-queue.server");
  const user = await db.user.findUniqueOrThrow({ where: { email: LEARNER }, select: { id: true } });
  for (let warm = 0; warm < 20; warm++) await reviewQueue(user.id);
  const latencies: number[] = [];
  let cards = 0;
  for (let call = 0; call < 300; call++) {
    const started = performance.now();
    cards = (await reviewQueue(user.id)).cards.length;
    latencies.push(performance.now() - started);
  }
  return { ...summary(latencies), cards };
}

async function paintTimes(base: string, lessonPath: string, cookie: string) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found: apt-get install chromium, or set CHROMIUM_PATH");
  const browser = await chromium.launch({ executablePath });
  const context = await browser.newContext();
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  const times: number[] = [];
  for (let load = 0; load < 5; load++) {
    await page.goto(`${base}${lessonPath}`);
    const duration = await page.waitForFunction(() => performance.getEntriesByName("status-paint")[0]?.duration);
    times.push(Number(await duration.jsonValue()));
  }
  await browser.close();
  return times.sort((a, b) => a - b);
}

async function main() {
  const server = await startBenchServer("bench-vocabulary", port);
  try {
    addLearner(server.databaseFile);
    const cookie = signedInCookie(server.databaseFile, LEARNER);
    const sqlite = new Database(server.databaseFile, { readonly: true });
    const lesson = sqlite.prepare("SELECT id FROM Lesson WHERE slug = ?").get("zelenski-biden-2022-01") as {
      id: string;
    };
    sqlite.close();
    const statusUrl = `${server.base}/api/lessons/${lesson.id}/word-statuses?page=1`;
    const { keys } = JSON.parse((await get(statusUrl, cookie)).body.toString()) as { keys: string[] };
    fillVocabulary(server.databaseFile, keys);

    const statusMap = {
      ...(await pacedLatencies(statusUrl, cookie, gapMs)),
      connections,
      gapMs,
      lemmaKeys: keys.length,
    };
    const statusMapClosedLoop = { ...(await pacedLatencies(statusUrl, cookie, 0)), connections };
    const sessionBaseline = { ...(await pacedLatencies(`${server.base}/api/session`, cookie, gapMs)), gapMs };
    const paints = await paintTimes(server.base, `/en/lessons/${lesson.id}`, cookie);
    const html = (await get(`${server.base}/en/lessons/${lesson.id}`)).body.toString();
    const reviewQueue = await reviewQueueLatencies(server.databaseFile);
    console.log(
      JSON.stringify(
        {
          vocabularyItems: itemCount,
          reviewLogs: logCount,
          statusMap,
          statusMapClosedLoop,
          sessionBaseline,
          reviewQueue,
          paintMs: Number(paints[Math.floor(paints.length / 2)]!.toFixed(1)),
          paintMsAll: paints.map((time) => Number(time.toFixed(1))),
          readerFirstLoadJavaScript: await firstLoadJavaScript(server.base, html),
        },
        null,
        2,
      ),
    );
  } finally {
    server.stop();
  }
}

void main();
