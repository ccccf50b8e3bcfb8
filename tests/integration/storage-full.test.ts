import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLessonAction } from "@/app/actions/lessons";
import { saveVocabularyAction } from "@/app/actions/vocabulary";
import { db } from "@/lib/db/client.server";
import type { SpawnWorker } from "@/lib/workers/limited-worker.server";
import { createUser } from "../support/factories";
import { createAlignedLesson } from "../support/lesson-factory";
import { RedirectSignal } from "../support/next-request-mock";
import { form, signInAs } from "../support/request-as";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../support/next-request-mock")).nextCache);

/** SQLite's largest page count: no limit. */
const NO_LIMIT = 1_073_741_823;

// The import worker writes lessons through its own connection, and max_page_count holds per connection: the worker
// these tests start sets the limit this array holds on its connection before each task, as a full disk would stop
// every connection.
const { workerPageLimit } = vi.hoisted(() => ({ workerPageLimit: new Int32Array(new SharedArrayBuffer(4)) }));

vi.mock("@/lib/lessons/spawn-import-worker.server", () => {
  const lessons = path.resolve(__dirname, "../../lib/lessons");
  const connection = path.resolve(__dirname, "../../lib/db/sqlite-connection.worker.ts");
  const source = `
    require("tsx/cjs");
    const { parentPort, workerData } = require("node:worker_threads");
    const { sqliteConnection } = require(${JSON.stringify(connection)});
    parentPort.on("message", ({ databaseUrl }) => {
      sqliteConnection(databaseUrl).pragma("max_page_count = " + Atomics.load(workerData.limit, 0));
    });
    require(${JSON.stringify(path.join(lessons, "import-worker.ts"))});`;
  const spawnImportWorker: SpawnWorker = (resourceLimits) =>
    new Worker(source, { eval: true, resourceLimits, workerData: { limit: workerPageLimit } });
  return { spawnImportWorker };
});

/**
 * Makes the database full: VACUUM leaves no free pages, and no connection may add one. A write that needs a new page
 * then fails with SQLITE_FULL, as on a full disk; the tests write rows longer than a page (4 KiB), which always do.
 */
async function fillTheDisk(): Promise<void> {
  await db.$executeRawUnsafe("VACUUM");
  const [size] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
  await setPageLimit(Number(size!.page_count));
}

async function setPageLimit(pages: number): Promise<void> {
  await db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
  Atomics.store(workerPageLimit, 0, pages);
}

/** Runs `action` with console.error collected instead of failing the test; answers its result and what was logged. */
async function withServerLog<T>(action: () => Promise<T>): Promise<{ result: T; logged: unknown[][] }> {
  const spy = vi.mocked(console.error);
  const failOnError = spy.getMockImplementation();
  const logged: unknown[][] = [];
  spy.mockImplementation((...args: unknown[]) => void logged.push(args));
  try {
    return { result: await action(), logged };
  } finally {
    spy.mockImplementation(failOnError!);
  }
}

afterEach(() => setPageLimit(NO_LIMIT));

/** "woord" in a sentence longer than a page: a saved word keeps its sentence, so saving it needs new pages. */
const LONG_SENTENCE = `Het woord staat in een zin die ${"steeds maar doorgaat, ".repeat(250)}tot hij ophoudt.`;

async function learnerWithLesson() {
  const user = await createUser();
  const lesson = await createAlignedLesson({
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [{ source: LONG_SENTENCE, translation: "The word is in a sentence that goes on and on." }],
      },
    ],
  });
  await signInAs(user);
  const save = { lessonId: lesson.id, paragraphId: lesson.paragraphs[0]!.id, sentencePosition: 0, form: "woord" };
  return { user, save };
}

/** What a learner's saving writes: the word, its card and status, the sentence, the save event. */
async function savedRowsOf(userId: string) {
  return {
    items: await db.vocabularyItem.count({ where: { userId } }),
    contexts: await db.vocabularyContext.count({ where: { item: { userId } } }),
    cards: await db.reviewCard.count({ where: { userId } }),
    statuses: await db.wordStatus.count({ where: { userId } }),
    events: await db.readingEvent.count({ where: { userId } }),
  };
}

describe("a full database", () => {
  it("answers a word save with the storage-full message, keeps none of it, and saves once there is room", async () => {
    const { user, save } = await learnerWithLesson();
    await fillTheDisk();

    const { result, logged } = await withServerLog(() => saveVocabularyAction(save));
    expect(result).toEqual({ ok: false, error: "storage-full" });
    expect(logged).toEqual([["action failed:", expect.objectContaining({ code: "SQLITE_FULL" })]]);
    expect(await savedRowsOf(user.id)).toEqual({ items: 0, contexts: 0, cards: 0, statuses: 0, events: 0 });

    await setPageLimit(NO_LIMIT);
    expect(await saveVocabularyAction(save)).toMatchObject({ ok: true, data: { itemCreated: true } });
    expect(await savedRowsOf(user.id)).toMatchObject({ items: 1, contexts: 1, cards: 1, statuses: 1 });
  });

  it("answers a new lesson with the storage-full message, keeps no part of it, and creates it once there is room", async () => {
    const user = await createUser();
    await signInAs(user);
    const paragraph = `Het regent vandaag in heel Nederland. ${"Morgen schijnt de zon weer en is het warm. ".repeat(120)}`;
    const lessonForm = () =>
      form({ title: "Het weer", level: "A2", mode: "none", dutchText: `Het weer\n\n${paragraph}`, lng: "nl" });
    await fillTheDisk();

    const refused = await createLessonAction(null, lessonForm());
    expect(refused).toMatchObject({ ok: false, error: "storage-full" });
    expect(await db.lesson.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await db.paragraph.count()).toBe(0);
    expect(await db.sentence.count()).toBe(0);

    await setPageLimit(NO_LIMIT);
    const created = await createLessonAction(null, lessonForm()).catch((signal: unknown) => signal);
    expect(created).toBeInstanceOf(RedirectSignal);
    const lesson = await db.lesson.findFirstOrThrow({ where: { ownerId: user.id }, include: { paragraphs: true } });
    expect((created as RedirectSignal).location).toBe(`/nl/my/lessons/${lesson.id}`);
    expect(lesson.paragraphs.map((row) => row.sourceText)).toEqual(["Het weer", paragraph.trim()]);
  });
});
