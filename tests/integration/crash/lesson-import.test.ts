import { describe, expect, it } from "vitest";
import { integrityCheck, openDatabase, signedInCookie, waitForWriteLock, waitUntil } from "@/tests/support/app-process";
import { crashTestApp } from "@/tests/support/crash-test-app";
import { burst } from "@/tests/support/burst";
import { formActionFields } from "@/tests/support/server-action";

const PORT = 3401;
const CLIENTS = 3;

const { file, start } = crashTestApp("crash-import");

/** A lesson of `count` one-sentence paragraphs, each its own text; the title says how many it must have. */
function lessonText(count: number): string {
  return Array.from({ length: count }, (_, n) => `Zin ${n + 1}.`).join("\n\n");
}

interface StoredLesson {
  id: string;
  title: string;
  paragraphs: number;
  sentences: number;
}

function storedLessons(): StoredLesson[] {
  const sqlite = openDatabase(file);
  try {
    return sqlite
      .prepare(
        `SELECT l."id", l."title",
           (SELECT count(*) FROM "Paragraph" p WHERE p."lessonId" = l."id") AS "paragraphs",
           (SELECT count(*) FROM "Sentence" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
            WHERE p."lessonId" = l."id") AS "sentences"
         FROM "Lesson" l WHERE l."title" LIKE 'Crash import %'`,
      )
      .all() as StoredLesson[];
  } finally {
    sqlite.close();
  }
}

describe("lesson imports killed with SIGKILL", () => {
  it("leave no half lesson behind, and keep every lesson the teacher was sent to", async () => {
    const cookie = signedInCookie(file, "teacher@example.com");
    let app = await start(PORT);
    const { base } = app;
    const action = await formActionFields(`${base}/en/lessons/new`, cookie);

    // Three teachers' browsers posting the new-lesson form (without JavaScript) one lesson after another; each
    // lesson has thousands of paragraphs, so the worker spends its time storing them when the kill comes.
    const answered: { title: string; location: string }[] = [];
    const refused: string[] = [];
    const sending = burst(CLIENTS, async (client, round) => {
      const paragraphs = 12_000 + client * 100 + round;
      const title = `Crash import ${paragraphs}`;
      const form = new FormData();
      for (const [name, value] of Object.entries(action)) form.append(name, value);
      form.append("lng", "en");
      form.append("title", title);
      form.append("level", "B1");
      form.append("mode", "none");
      form.append("dutchText", lessonText(paragraphs));
      const response = await fetch(`${base}/en/lessons/new`, {
        method: "POST",
        headers: { cookie },
        body: form,
        redirect: "manual",
      });
      const location = response.headers.get("location") ?? "";
      if (/\/lessons\/[^/]+/.test(location)) answered.push({ title, location });
      else refused.push(`${response.status} ${(await response.text()).slice(0, 200)}`);
    });
    await waitUntil(
      () => answered.length >= 3,
      90_000,
      () => refused.length > 0,
    );
    expect(refused, "imports refused before the kill").toEqual([]);
    // The kill comes while the database's write lock is held: during the burst almost always by the import worker
    // storing a lesson's rows in one transaction (the other writes, the import counter's, take microseconds).
    const writing = await waitForWriteLock(file, 30_000);
    const inFlight = sending.inFlight();
    await app.kill();
    await sending.end();
    expect(inFlight, "imports in flight when the server was killed").toBeGreaterThan(0);
    expect(writing, "a write under way when the server was killed").toBe(true);

    expect(integrityCheck(file)).toBe("ok");
    app = await start(PORT);

    // Every lesson row has all its paragraphs and sentences: the one in the title, one sentence each.
    const lessons = storedLessons();
    const half = lessons.filter((lesson) => {
      const expected = Number(lesson.title.replace("Crash import ", ""));
      return lesson.paragraphs !== expected || lesson.sentences !== expected;
    });
    expect(half).toEqual([]);
    const stored = new Set(lessons.map((lesson) => lesson.title));
    expect(answered.filter(({ title }) => !stored.has(title))).toEqual([]);

    // What the teacher sees after the restart: the lesson list (the home page) names only those lessons, and each opens.
    const list = await (await fetch(`${base}/en`, { headers: { cookie } })).text();
    const listed = [...list.matchAll(/Crash import \d+/g)].map((match) => match[0]);
    expect(new Set(listed)).toEqual(stored);
    for (const { location } of answered) {
      const reader = await fetch(new URL(location, base), { headers: { cookie } });
      expect(reader.status).toBe(200);
    }
  });
});
