/**
 * Load benchmark: starts the built app (`next start`) on its own seeded database, adds learners with sessions to
 * the demo class and a long class lesson assigned to it (bulk SQL, scripts/bench-load-world.ts), then has every
 * learner read concurrently for `--seconds`: reader pages, their word statuses, word cards, saves, status changes
 * and reading events, with think times between (scripts/bench-load-learner.ts says what a learner does and why).
 * Afterwards every save the server answered as done is looked for in the database file: `lost` counts those
 * missing, `lostStatuses` the words whose stored status is not the last one the learner was told was set.
 * Prints JSON: requests, errors (non-2xx, failed connections, actions answering ok: false, events not kept) and
 * p50/p99 per kind; the machine's load average before and after (the figures mean little on a busy machine).
 *
 *   npm run bench:load                   # runs against the existing build (.next); builds first if there is none
 *   npm run bench:load -- --seconds 60 --learners 100 --think-ms 4000 --copies 5 --port 3410
 *   npm run bench:load -- --think-ms 1000     # four times the pace: a stress test
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { toWordStatus } from "../lib/vocabulary/word-status";
import { actionId } from "../tests/support/server-action";
import { KINDS, LearnerClient, Timings } from "./bench-load-client";
import { randomSource, SimulatedLearner, type LearnerRecord } from "./bench-load-learner";
import { seedLoadWorld } from "./bench-load-world";
import { numberOption, root, startBenchServer } from "./bench-server";

const seconds = numberOption("seconds", 60);
const learnerCount = numberOption("learners", 100);
const thinkMs = numberOption("think-ms", 4_000);
/** How many times the seeded lessons are copied into the long class lesson (5: four reader pages). */
const copies = numberOption("copies", 5);
const port = numberOption("port", 3410);

/** Saves answered as done but missing, and words whose stored status differs from the last one answered. */
function checkStored(databaseFile: string, records: readonly LearnerRecord[]) {
  const sqlite = new Database(databaseFile, { readonly: true });
  const item = sqlite.prepare(`SELECT 1 FROM "VocabularyItem" WHERE "id" = ? AND "userId" = ?`);
  const context = sqlite.prepare(`SELECT 1 FROM "VocabularyContext" WHERE "id" = ? AND "itemId" = ?`);
  const status = sqlite.prepare(`SELECT "status" FROM "WordStatus" WHERE "userId" = ? AND "key" = ?`);
  let saves = 0;
  let lost = 0;
  let lostStatuses = 0;
  for (const record of records) {
    for (const save of record.saves) {
      saves += 1;
      if (!item.get(save.itemId, save.userId) || !context.get(save.contextId, save.itemId)) lost += 1;
    }
    for (const [key, expected] of record.statuses) {
      const row = status.get(record.userId, key) as { status: string } | undefined;
      if (toWordStatus(row?.status) !== expected) lostStatuses += 1;
    }
  }
  sqlite.close();
  return { saves, lost, lostStatuses };
}

/** The id of the build on disk: a `next build` in this checkout during the run pulls the chunks from under the server. */
const buildId = () => readFileSync(path.join(root, ".next/BUILD_ID"), "utf8");

async function main(): Promise<void> {
  const loadBefore = loadavg().map((load) => Number(load.toFixed(2)));
  const server = await startBenchServer("bench-load", port);
  const clients: LearnerClient[] = [];
  try {
    // One more learner than asked for: it warms the server up (every page rendered, code loaded) before the run.
    const world = await seedLoadWorld(server.databaseFile, learnerCount + 1, copies);
    const actions = {
      save: actionId("app/actions/vocabulary.ts", "saveVocabularyAction"),
      status: actionId("app/actions/word-status.ts", "changeWordStatusAction"),
    };
    const learner = (index: number, timings: Timings) => {
      const client = new LearnerClient(server.base, world.learners[index]!.cookie);
      clients.push(client);
      return new SimulatedLearner(index, client, world, actions, timings, randomSource(index + 1));
    };

    const warmUp = learner(learnerCount, new Timings());
    for (const lesson of world.lessons) {
      for (let page = 1; page <= lesson.pages; page++) {
        await warmUp.readPage(lesson, page, { thinkMs: 0, end: Infinity });
      }
    }

    const build = buildId();
    const timings = new Timings();
    const learners = Array.from({ length: learnerCount }, (_, index) => learner(index, timings));
    const started = performance.now();
    await Promise.all(learners.map((reader) => reader.run({ thinkMs, end: started + seconds * 1000 })));
    const elapsed = (performance.now() - started) / 1000;
    if (buildId() !== build)
      throw new Error("the app was rebuilt during the run (next build in this checkout): run again");

    const stored = checkStored(
      server.databaseFile,
      [warmUp, ...learners].map((reader) => reader.record),
    );
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, timings.summary(kind)]));
    const all = KINDS.map((kind) => timings.summary(kind));
    const requests = all.reduce((sum, kind) => sum + kind.requests, 0);
    if (timings.samples.length > 0) console.error(`first failures:\n${timings.samples.join("\n")}`);
    console.log(
      JSON.stringify(
        {
          learners: learnerCount,
          seconds,
          thinkMs,
          kinds,
          requests,
          requestsPerSecond: Math.round(requests / elapsed),
          errors: all.reduce((sum, kind) => sum + kind.errors, 0),
          saves: stored.saves,
          lost: stored.lost,
          lostStatuses: stored.lostStatuses,
          p99Ms: Object.fromEntries(KINDS.map((kind) => [kind, timings.summary(kind).p99Ms])),
          loadAverage: { before: loadBefore, after: loadavg().map((load) => Number(load.toFixed(2))) },
        },
        null,
        2,
      ),
    );
  } finally {
    for (const client of clients) client.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
