/**
 * Class benchmark: starts the built app (`next start`) on its own seeded database, adds a class of 30 learners with
 * 20 assigned lessons and 2,000 reading events per learner (bulk SQL), then for 30 s has the 30 learners post
 * reading-event batches (20 events each, one batch a second per learner, every fifth batch sent twice as the timer
 * and the page-hide beacon would) while the teacher's class table (/en/classes/<id>/progress) and the public reader
 * page of a demo lesson are requested in loops. Prints JSON: latency per kind of request, and the events sent
 * minus the events stored (counted in the database afterwards).
 *
 *   npm run bench:class                 # runs against the existing build (.next); builds first if there is none
 *   npm run bench:class -- --seconds 30 --learners 30 --interval-ms 1000 --port 3320
 *   npm run bench:class -- --dashboard-gap-ms 0 --reader-gap-ms 0   # table and reader asked for without pause
 *
 * One batch a second per learner stays within the per-account limits (60 batches a minute, 3,000 events an hour),
 * 15 times what a reader's browser sends (a batch every 15 s).
 */
import Database from "better-sqlite3";
import { insertRows } from "../lib/db/insert-rows";
import { newRecordId } from "../lib/db/new-record-id";
import { sqliteDatabase } from "../lib/db/sqlite-connection.worker";
import { sqliteTimestamp } from "../lib/db/sqlite-timestamp";
import { classProgressRefresh } from "../lib/progress/class-progress-sql";
import { get, numberOption, percentile, request, signedInCookie, startBenchServer } from "./bench-server";

const seconds = numberOption("seconds", 30);
const learnerCount = numberOption("learners", 30);
const lessonCount = numberOption("lessons", 20);
const seededPerLearner = numberOption("seeded-events", 2_000);
const intervalMs = numberOption("interval-ms", 1_000);
const eventsPerBatch = numberOption("batch", 20);
const dashboardClients = numberOption("dashboard-clients", 1);
const readerClients = numberOption("reader-clients", 1);
// Pauses between one client's requests: a teacher reloading the class table every second and a reader page every
// 50 ms by default; 0 makes them closed loops that ask again the moment an answer arrives (a stress test).
const dashboardGapMs = numberOption("dashboard-gap-ms", 1_000);
const readerGapMs = numberOption("reader-gap-ms", 50);
const port = numberOption("port", 3320);

const DAY = 86_400_000;

interface Sentence {
  paragraph: number;
  sentence: number;
  text: string;
  /** Offset of the first word of the sentence. */
  offset: number;
}

interface World {
  classId: string;
  teacherEmail: string;
  learners: { id: string; email: string }[];
  lessonIds: string[];
  demoLessonId: string;
  /** The lessons' paragraph positions. */
  positions: number[];
  sentences: Sentence[];
}

/** The class, its teacher and learners, lesson copies assigned to it, and the learners' past reading. */
async function seedClass(databaseFile: string): Promise<World> {
  const sqlite = new Database(databaseFile);
  sqlite.pragma("busy_timeout = 5000");
  const demo = sqlite
    .prepare(`SELECT id FROM "Lesson" WHERE "ownerId" IS NULL AND "visibility" = 'public' ORDER BY "wordCount" DESC`)
    .get() as { id: string } | undefined;
  if (!demo) throw new Error("no public demo lesson in the seeded database");
  const paragraphs = sqlite
    .prepare(`SELECT * FROM "Paragraph" WHERE "lessonId" = ? ORDER BY "position"`)
    .all(demo.id) as Record<string, unknown>[];
  const sentenceRows = sqlite
    .prepare(
      `SELECT s.*, p."position" AS "paragraphPosition", p."sourceText", p."language"
       FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId" WHERE p."lessonId" = ?`,
    )
    .all(demo.id) as {
    paragraphId: string;
    position: number;
    start: number;
    end: number;
    translationStart: number;
    translationEnd: number;
    paragraphPosition: number;
    sourceText: string;
    language: string;
  }[];
  const sentences = sentenceRows
    .filter((row) => row.language === "nl")
    .map((row) => {
      const text = row.sourceText.slice(row.start, row.end);
      return { paragraph: row.paragraphPosition, sentence: row.position, text, offset: text.search(/\p{L}/u) };
    })
    .filter((sentence) => sentence.offset >= 0);

  const now = Date.now();
  const joinedAt = sqliteTimestamp(new Date(now - 30 * DAY));
  const created = sqliteTimestamp(new Date(now - 31 * DAY));
  const teacherId = newRecordId();
  const teacherEmail = "bench-teacher@example.com";
  const classId = newRecordId();
  const learners = Array.from({ length: learnerCount }, (_, n) => ({
    id: newRecordId(),
    email: `bench-learner-${n}@example.com`,
  }));
  const lessonIds = Array.from({ length: lessonCount }, () => newRecordId());

  await sqliteDatabase(sqlite).transaction(async (tx) => {
    const users = [{ id: teacherId, email: teacherEmail, role: "teacher" }].concat(
      learners.map((learner) => ({ ...learner, role: "learner" })),
    );
    await insertRows(
      tx,
      "User",
      ["id", "email", "name", "passwordHash", "role", "createdAt"],
      users.map((user) => [user.id, user.email, user.email.split("@")[0], "not-a-real-hash", user.role, created]),
    );
    await insertRows(
      tx,
      "Classroom",
      ["id", "name", "level", "joinCode", "createdAt", "updatedAt"],
      [[classId, "Benchmarkklas", "B1", "BNCHMK", created, created]],
    );
    await insertRows(tx, "ClassTeacher", ["classId", "userId", "addedAt"], [[classId, teacherId, created]]);
    await insertRows(
      tx,
      "ClassMember",
      ["classId", "userId", "joinedAt"],
      learners.map((learner) => [classId, learner.id, joinedAt]),
    );
    const lessonColumns = ["id", "slug", "title", "level", "ownerId", "visibility", "wordCount", "createdAt"];
    await insertRows(
      tx,
      "Lesson",
      lessonColumns.concat("updatedAt"),
      lessonIds.map((id, n) => [id, `bench-${id}`, `Les ${n + 1}`, "B1", teacherId, "class", 300, created, created]),
    );
    const paragraphColumns = ["kind", "language", "sourceText", "translationText", "translationSource"];
    for (const lessonId of lessonIds) {
      const ids = new Map(paragraphs.map((paragraph) => [paragraph.id as string, newRecordId()]));
      await insertRows(
        tx,
        "Paragraph",
        ["id", "lessonId", "position", ...paragraphColumns],
        paragraphs.map((paragraph) => [
          ids.get(paragraph.id as string),
          lessonId,
          paragraph.position,
          ...paragraphColumns.map((column) => paragraph[column]),
        ]),
      );
      await insertRows(
        tx,
        "Sentence",
        ["id", "paragraphId", "position", "start", "end", "translationStart", "translationEnd"],
        sentenceRows.map((row) => [
          newRecordId(),
          ids.get(row.paragraphId),
          row.position,
          row.start,
          row.end,
          row.translationStart,
          row.translationEnd,
        ]),
      );
    }
    await insertRows(
      tx,
      "Assignment",
      ["id", "classId", "lessonId", "dueAt", "createdAt"],
      lessonIds.map((lessonId, n) => [
        newRecordId(),
        classId,
        lessonId,
        sqliteTimestamp(new Date(now + (n - 10) * DAY)),
        created,
      ]),
    );
    const events: unknown[][] = [];
    for (const learner of learners) {
      for (let n = 0; n < seededPerLearner; n++) {
        const lessonId = lessonIds[n % lessonIds.length]!;
        const at = sqliteTimestamp(new Date(now - 29 * DAY + Math.floor((n / seededPerLearner) * 28 * DAY)));
        const row = seededEvent(
          n,
          sentences,
          paragraphs.map((paragraph) => Number(paragraph.position)),
        );
        events.push([newRecordId(), learner.id, lessonId, `seed-${n}`, ...row, at]);
      }
    }
    await insertRows(
      tx,
      "ReadingEvent",
      ["id", "userId", "lessonId", "clientId", "kind", "paragraph", "seconds", "wordKey", "word", "sentence"].concat(
        "createdAt",
      ),
      events,
    );
    // The classes' summaries of those events, built by the same statements the app runs after storing events.
    for (const statement of classProgressRefresh({ classId })) await tx.run(statement.sql, statement.values);
  });
  sqlite.close();
  return {
    classId,
    teacherEmail,
    learners,
    lessonIds,
    demoLessonId: demo.id,
    positions: paragraphs.map((paragraph) => Number(paragraph.position)),
    sentences,
  };
}

/** A past event of a mix like real reading: mostly paragraphs seen and time, some look-ups and saves. */
function seededEvent(n: number, sentences: Sentence[], positions: number[]): unknown[] {
  const sentence = sentences[n % sentences.length]!;
  const word = sentence.text.slice(sentence.offset).split(/[^\p{L}]/u)[0]!;
  switch (n % 10) {
    case 0:
      return ["open", null, 0, "", "", ""];
    case 1:
    case 2:
    case 3:
    case 4:
      return ["seen", positions[n % positions.length], 0, "", "", ""];
    case 5:
    case 6:
      return ["time", null, 15, "", "", ""];
    case 7:
    case 8:
      return ["lookup", sentence.paragraph, 0, word.toLowerCase(), word, sentence.text];
    default:
      return ["save", null, 0, word.toLowerCase(), word, sentence.text];
  }
}

interface Timings {
  latencies: number[];
  statuses: Record<string, number>;
}

const newTimings = (): Timings => ({ latencies: [], statuses: {} });

function record(timings: Timings, started: number, status: number): void {
  timings.latencies.push(performance.now() - started);
  timings.statuses[status] = (timings.statuses[status] ?? 0) + 1;
}

function summary(timings: Timings, elapsedSeconds: number) {
  const sorted = [...timings.latencies].sort((a, b) => a - b);
  if (sorted.length === 0) return { requests: 0, statuses: timings.statuses };
  return {
    requests: sorted.length,
    statuses: timings.statuses,
    requestsPerSecond: Math.round(sorted.length / elapsedSeconds),
    p50Ms: Number(percentile(sorted, 50).toFixed(1)),
    p99Ms: Number(percentile(sorted, 99).toFixed(1)),
    maxMs: Number(sorted[sorted.length - 1]!.toFixed(1)),
  };
}

/** Requests `url` in `clients` loops until `end`, each pausing `gapMs` after an answer. */
async function loop(
  url: string,
  cookie: string | undefined,
  clients: number,
  end: number,
  gapMs: number,
): Promise<Timings> {
  const timings = newTimings();
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const { status } = await get(url, cookie);
      record(timings, started, status);
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return timings;
}

/** A batch a learner's browser might send: paragraphs seen, time, a few look-ups, sometimes open and finish. */
function liveBatch(learner: number, batch: number, world: World): { id: string; kind: string }[] {
  return Array.from({ length: eventsPerBatch }, (_, n) => {
    const id = `bench-${learner}-${batch}-${n}`;
    const sentence = world.sentences[(batch + n) % world.sentences.length]!;
    if (n === 0) return { id, kind: batch % 10 === 9 ? "finish" : "open" };
    if (n % 4 === 1) return { id, kind: "time", seconds: 15 };
    if (n % 4 === 2)
      return {
        id,
        kind: "lookup",
        paragraph: sentence.paragraph,
        sentence: sentence.sentence,
        offset: sentence.offset,
      };
    return { id, kind: "seen", paragraph: world.positions[(batch + n) % world.positions.length] };
  });
}

async function main(): Promise<void> {
  const { base, databaseFile, stop } = await startBenchServer("bench-class", port);
  try {
    const seedStarted = performance.now();
    const world = await seedClass(databaseFile);
    const seedSeconds = Number(((performance.now() - seedStarted) / 1000).toFixed(1));
    const teacher = signedInCookie(databaseFile, world.teacherEmail);
    const learners = world.learners.map((learner) => signedInCookie(databaseFile, learner.email));
    const dashboardUrl = `${base}/en/classes/${world.classId}/progress`;
    const readerUrl = `${base}/en/lessons/${world.demoLessonId}`;
    const eventsUrl = `${base}/api/reading-events`;
    const post = (cookie: string, lessonId: string, events: unknown[]) =>
      request(eventsUrl, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: Buffer.from(JSON.stringify({ lessonId, events })),
      });

    // Warm-up: the first request of each route loads its code (and a look-up the dictionary); these events are left
    // out of the count below.
    for (let n = 0; n < 10; n++) {
      await get(dashboardUrl, teacher);
      await get(readerUrl);
    }
    const { paragraph, sentence, offset } = world.sentences[0]!;
    await post(learners[0]!, world.lessonIds[0]!, [
      { id: "warm-up-event-0", kind: "open" },
      { id: "warm-up-event-1", kind: "lookup", paragraph, sentence, offset },
    ]);

    const readerAlone = await loop(readerUrl, undefined, readerClients, performance.now() + 5_000, readerGapMs);

    const events = newTimings();
    let eventsSent = 0;
    let resent = 0;
    const started = performance.now();
    const end = started + seconds * 1000;
    const learner = async (index: number) => {
      const cookie = learners[index]!;
      // Spread over the first interval, as browsers opened at different moments would be.
      let next = started + Math.random() * intervalMs;
      for (let batch = 0; ; batch++) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
        if (performance.now() >= end) return;
        const lessonId = world.lessonIds[(index + batch) % world.lessonIds.length]!;
        const body = liveBatch(index, batch, world);
        eventsSent += body.length;
        const sends = batch % 5 === 4 ? 2 : 1;
        for (let send = 0; send < sends; send++) {
          const sentAt = performance.now();
          const { status } = await post(cookie, lessonId, body);
          record(events, sentAt, status);
        }
        resent += sends - 1;
        next += intervalMs;
      }
    };
    const [, dashboard, reader] = await Promise.all([
      Promise.all(world.learners.map((_, index) => learner(index))),
      loop(dashboardUrl, teacher, dashboardClients, end, dashboardGapMs),
      loop(readerUrl, undefined, readerClients, end, readerGapMs),
    ]);
    const elapsed = (performance.now() - started) / 1000;

    const sqlite = new Database(databaseFile, { readonly: true });
    const stored = (
      sqlite.prepare(`SELECT COUNT(*) AS "count" FROM "ReadingEvent" WHERE "clientId" LIKE 'bench-%'`).get() as {
        count: number;
      }
    ).count;
    sqlite.close();

    console.log(
      JSON.stringify(
        {
          seconds,
          seed: {
            learners: learnerCount,
            lessons: lessonCount,
            eventsPerLearner: seededPerLearner,
            events: learnerCount * seededPerLearner,
            seconds: seedSeconds,
          },
          events: {
            url: "/api/reading-events",
            batchSize: eventsPerBatch,
            intervalMs,
            ...summary(events, elapsed),
            resentBatches: resent,
            sent: eventsSent,
            stored,
            lost: eventsSent - stored,
          },
          dashboard: {
            url: `/en/classes/${world.classId}/progress`,
            clients: dashboardClients,
            gapMs: dashboardGapMs,
            ...summary(dashboard, elapsed),
          },
          readerPage: {
            url: `/en/lessons/${world.demoLessonId}`,
            clients: readerClients,
            gapMs: readerGapMs,
            ...summary(reader, elapsed),
          },
          readerPageAlone: { clients: readerClients, gapMs: readerGapMs, ...summary(readerAlone, 5) },
        },
        null,
        2,
      ),
    );
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
