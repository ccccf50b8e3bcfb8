import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { onPostgres } from "@/lib/db/sql-dialect";
import { classProgress } from "@/lib/progress/class-progress.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { classWorld, type ClassWorld } from "../../support/class-world";
import { createDemoLesson } from "../../support/lesson-factory";
import { cookieJar } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);

const route = await import("@/app/api/reading-events/route");

beforeEach(() => cookieJar.clear());

let counter = 0;
/** A fresh client id, as the browser makes one. */
const id = () => `test-event-${++counter}`.padEnd(12, "x");

function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return route.POST(
    new NextRequest("http://localhost/api/reading-events", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      ...(typeof body === "string" ? {} : { duplex: "half" }),
    }),
  );
}

async function send(lessonId: string, events: unknown[], headers: Record<string, string> = {}) {
  const response = await post(JSON.stringify({ lessonId, events }), headers);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const storedEvents = (userId: string) => db.readingEvent.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

/** The Dutch sentence at (paragraph, sentence) of the demo lesson, from its stored rows. */
async function sentenceText(w: ClassWorld, paragraph: number, sentence: number): Promise<string> {
  const row = await db.paragraph.findFirstOrThrow({
    where: { lessonId: w.lesson.id, position: paragraph },
    include: { sentences: { where: { position: sentence } } },
  });
  return row.sourceText.slice(row.sentences[0]!.start, row.sentences[0]!.end);
}

describe("recording reading events (api/reading-events)", () => {
  it("stores a class member's events on a lesson assigned to the class, for the teacher's table", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const answer = await send(w.lesson.id, [
      { id: id(), kind: "open" },
      { id: id(), kind: "seen", paragraph: 0 },
      { id: id(), kind: "seen", paragraph: 1 },
      { id: id(), kind: "time", seconds: 15 },
    ]);
    expect(answer).toEqual({ status: 200, body: { tracked: true, stored: 4 } });
    // Stored as Prisma stores times, so "after joinedAt" holds and the teacher sees them.
    const progress = (await classProgress(w.classA.id)).get(`${w.learner.id}/${w.lesson.id}`);
    expect(progress).toMatchObject({ paragraphsSeen: 2, seconds: 15, finished: false });
    // On SQLite, the same text form as the member's joinedAt that Prisma wrote (PostgreSQL keeps both as timestamps).
    if (onPostgres()) return;
    const [times] = await db.$queryRawUnsafe<{ event: string; joined: string }[]>(
      `SELECT e."createdAt" || '' AS "event", m."joinedAt" || '' AS "joined"
       FROM "ReadingEvent" e JOIN "ClassMember" m ON m."userId" = e."userId" LIMIT 1`,
    );
    const format = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
    expect(times?.event).toMatch(format);
    expect(times?.joined).toMatch(format);
  });

  it("accepts the text/plain body of a page-hide beacon", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const answer = await send(w.lesson.id, [{ id: id(), kind: "finish" }], {
      "content-type": "text/plain;charset=UTF-8",
    });
    expect(answer.body).toEqual({ tracked: true, stored: 1 });
    expect((await classProgress(w.classA.id)).get(`${w.learner.id}/${w.lesson.id}`)?.finished).toBe(true);
  });

  it("stores nothing for a lesson that is not assigned to one of the reader's classes, and says so", async () => {
    const w = await classWorld();
    const publicLesson = await createDemoLesson({ visibility: "public" });
    await signInAs(w.learner);
    expect(await send(publicLesson.id, [{ id: id(), kind: "open" }])).toEqual({
      status: 200,
      body: { tracked: false, stored: 0 },
    });
    // Teachers read the class's lesson but are not its learners.
    await signInAs(w.teacher);
    expect((await send(w.lesson.id, [{ id: id(), kind: "open" }])).body).toEqual({ tracked: false, stored: 0 });
    expect(await db.readingEvent.count()).toBe(0);
  });

  it("stores a batch sent twice (timer and beacon) once", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const events = [
      { id: id(), kind: "open" },
      { id: id(), kind: "time", seconds: 12 },
    ];
    expect((await send(w.lesson.id, events)).body).toEqual({ tracked: true, stored: 2 });
    expect((await send(w.lesson.id, [...events, { id: id(), kind: "seen", paragraph: 2 }])).body).toEqual({
      tracked: true,
      stored: 1,
    });
    const twice = id();
    expect(
      (
        await send(w.lesson.id, [
          { id: twice, kind: "open" },
          { id: twice, kind: "open" },
        ])
      ).body.stored,
    ).toBe(1);
    expect(await db.readingEvent.count({ where: { userId: w.learner.id } })).toBe(4);
  });

  it("refuses positions the lesson does not have, storing nothing of the batch", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const count = w.lesson.paragraphs.length;
    const ok = { id: id(), kind: "open" };
    for (const wrong of [
      { id: id(), kind: "seen", paragraph: count },
      { id: id(), kind: "lookup", paragraph: count, sentence: 0, offset: 0 },
      { id: id(), kind: "lookup", paragraph: 0, sentence: 99, offset: 0 },
      // A space, not a word.
      { id: id(), kind: "lookup", paragraph: 0, sentence: 2, offset: 3 },
      { id: id(), kind: "lookup", paragraph: 0, sentence: 2, offset: 5_000 },
      // Paragraph 5 is English: there is no Dutch word to look up.
      { id: id(), kind: "lookup", paragraph: 5, sentence: 0, offset: 0 },
    ]) {
      expect(await send(w.lesson.id, [ok, wrong]), JSON.stringify(wrong)).toEqual({
        status: 400,
        body: { error: "invalid-input" },
      });
    }
    expect(await db.readingEvent.count()).toBe(0);
  });

  it("stores a look-up with the lesson's own sentence and the word's lemma key, whatever the browser adds", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const sentence = await sentenceText(w, 0, 2);
    expect(sentence).toBe("Ook bespraken ze hervormingen.");
    const answer = await send(w.lesson.id, [
      {
        id: id(),
        kind: "lookup",
        paragraph: 0,
        sentence: 2,
        offset: sentence.indexOf("hervormingen") + 3,
        word: "forged",
        wordKey: "forged",
        text: "Dit is niet waar.",
      },
      { id: id(), kind: "lookup", paragraph: 0, sentence: 0, offset: (await sentenceText(w, 0, 0)).indexOf("gaf") },
    ]);
    expect(answer.body).toEqual({ tracked: true, stored: 2 });
    const events = await storedEvents(w.learner.id);
    expect(events.map(({ kind, paragraph, word, wordKey }) => ({ kind, paragraph, word, wordKey }))).toEqual([
      { kind: "lookup", paragraph: 0, word: "hervormingen", wordKey: "hervorming" },
      // "gaf … aan": the separable verb, as the word card and the vocabulary key it.
      { kind: "lookup", paragraph: 0, word: "gaf", wordKey: "aangeven" },
    ]);
    expect(events[0]!.sentence).toBe("Ook bespraken ze hervormingen.");
    expect(events[1]!.sentence).toBe(await sentenceText(w, 0, 0));
  });

  it("refuses a look-up whose sentence is text instead of a position", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    const forged = { id: id(), kind: "lookup", paragraph: 0, sentence: "Ik lieg.", offset: 0 };
    expect((await send(w.lesson.id, [forged])).status).toBe(400);
    expect(await db.readingEvent.count()).toBe(0);
  });

  it("records a saved word on a tracked lesson, once per word and sentence, under the vocabulary's key", async () => {
    const w = await classWorld();
    const input = { lessonId: w.lesson.id, paragraphId: w.lesson.paragraphs[0]!.id, sentencePosition: 2 };
    await saveVocabulary(w.learner, { ...input, form: "hervormingen", wordOffset: 17 });
    await saveVocabulary(w.learner, { ...input, form: "hervormingen", wordOffset: 17 });
    const item = await db.vocabularyItem.findFirstOrThrow({ where: { userId: w.learner.id } });
    const saves = await db.readingEvent.findMany({ where: { userId: w.learner.id, kind: "save" } });
    expect(saves.map(({ word, wordKey, sentence }) => ({ word, wordKey, sentence }))).toEqual([
      { word: "hervormingen", wordKey: item.key, sentence: "Ook bespraken ze hervormingen." },
    ]);
    expect((await classProgress(w.classA.id)).get(`${w.learner.id}/${w.lesson.id}`)?.saves).toBe(1);
    // The lesson's owner saving a word of it is not a learner of the class.
    await saveVocabulary(w.teacher, { ...input, form: "hervormingen", wordOffset: 17 });
    expect(await db.readingEvent.count({ where: { userId: w.teacher.id } })).toBe(0);
  });

  it("limits each account to 60 batches a minute", async () => {
    const w = await classWorld();
    await signInAs(w.learner);
    for (let n = 0; n < 60; n++) expect((await send(w.lesson.id, [{ id: id(), kind: "open" }])).status).toBe(200);
    expect(await send(w.lesson.id, [{ id: id(), kind: "open" }])).toEqual({
      status: 429,
      body: { error: "too-many-events" },
    });
    expect(await db.readingEvent.count({ where: { userId: w.learner.id } })).toBe(60);
    // Another learner is not held up.
    const other = await db.user.findUniqueOrThrow({ where: { id: w.otherLearner.id } });
    await db.classMember.create({ data: { classId: w.classA.id, userId: other.id } });
    await signInAs(w.otherLearner);
    expect((await send(w.lesson.id, [{ id: id(), kind: "open" }])).status).toBe(200);
  });

  describe("hostile requests", () => {
    it("refuses a body over 16 KB by its declared length, and when it streams past the cap", async () => {
      const w = await classWorld();
      await signInAs(w.learner);
      const huge = JSON.stringify({
        lessonId: w.lesson.id,
        events: [{ id: id(), kind: "open" }],
        pad: "x".repeat(20_000),
      });
      expect((await post(huge)).status).toBe(413);
      const declared = await post(JSON.stringify({ lessonId: w.lesson.id, events: [{ id: id(), kind: "open" }] }), {
        "content-length": "1000000",
      });
      expect(declared.status).toBe(413);
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 4096;
          // Far more than the cap, but the route must stop reading long before this.
          if (sent > 10_000_000) controller.close();
          else controller.enqueue(new Uint8Array(4096).fill(32));
        },
      });
      const response = await post(endless);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: "invalid-input" });
      expect(sent).toBeLessThan(100_000);
      expect(await db.readingEvent.count()).toBe(0);
    });

    it("refuses malformed batches with 400", async () => {
      const w = await classWorld();
      await signInAs(w.learner);
      const many = Array.from({ length: 51 }, () => ({ id: id(), kind: "open" }));
      expect((await send(w.lesson.id, many)).status).toBe(400);
      expect((await send(w.lesson.id, [{ id: id(), kind: "time", seconds: "15" }])).status).toBe(400);
      expect((await send(w.lesson.id, [{ id: id(), kind: "seen", paragraph: 1e9 }])).status).toBe(400);
      expect((await send(w.lesson.id, [{ id: "'; DROP TABLE", kind: "open" }])).status).toBe(400);
      expect((await post("{not json")).status).toBe(400);
      expect((await post(JSON.stringify([1, 2, 3]))).status).toBe(400);
      expect((await post("null")).status).toBe(400);
      const form = await post(JSON.stringify({ lessonId: w.lesson.id, events: [{ id: id(), kind: "open" }] }), {
        "content-type": "multipart/form-data; boundary=x",
      });
      expect(form.status).toBe(400);
      expect(form.headers.get("cache-control")).toContain("no-store");
      expect(await db.readingEvent.count()).toBe(0);
    });
  });
});
