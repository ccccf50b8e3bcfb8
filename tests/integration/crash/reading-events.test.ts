import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ReadingEventInput } from "@/lib/progress/reading-event-input";
import { integrityCheck, openDatabase, signedInCookie, waitUntil } from "@/tests/support/app-process";
import { crashTestApp } from "@/tests/support/crash-test-app";
import { burst } from "@/tests/support/burst";
import { addClassLearners, demoLessonId, paragraphCount } from "@/tests/support/crash-world";

const PORT = 3404;
const LEARNERS = 8;
const EVENTS_PER_BATCH = 20;

const { file, start } = crashTestApp("crash-reading-events");

describe("a burst of reading events killed with SIGKILL", () => {
  it("keeps every batch that was answered as stored, each event once", async () => {
    const lessonId = demoLessonId(file);
    const paragraphs = paragraphCount(file, lessonId);
    const emails = addClassLearners(file, LEARNERS);
    const cookies = emails.map((email) => signedInCookie(file, email));
    let app = await start(PORT);
    const { base } = app;

    // One client per learner of the class, each posting batches as the reader's timer does, every third batch sent
    // a second time as the page-hide beacon would (text/plain).
    const accepted: { email: string; ids: string[] }[] = [];
    const post = async (cookie: string, events: ReadingEventInput[], type: string) => {
      const response = await fetch(`${base}/api/reading-events`, {
        method: "POST",
        headers: { cookie, "content-type": type },
        body: JSON.stringify({ lessonId, events }),
      });
      const body = (await response.json()) as { tracked?: boolean };
      return response.status === 200 && body.tracked === true;
    };
    const sending = burst(LEARNERS, async (learner, round) => {
      const events: ReadingEventInput[] = Array.from({ length: EVENTS_PER_BATCH }, (_, n) =>
        n % 2 === 0
          ? { id: randomUUID(), kind: "seen", paragraph: (round + n) % paragraphs }
          : { id: randomUUID(), kind: "time", seconds: 15 },
      );
      const ids = events.map((event) => event.id);
      if (await post(cookies[learner]!, events, "application/json")) accepted.push({ email: emails[learner]!, ids });
      if (round % 3 === 0 && (await post(cookies[learner]!, events, "text/plain"))) {
        accepted.push({ email: emails[learner]!, ids });
      }
    });
    await waitUntil(() => accepted.length >= 60, 60_000);
    const inFlight = sending.inFlight();
    await app.kill();
    await sending.end();
    expect(inFlight, "batches in flight when the server was killed").toBeGreaterThan(0);

    expect(integrityCheck(file)).toBe("ok");
    app = await start(PORT);
    const sqlite = openDatabase(file);
    const stored = sqlite
      .prepare(
        `SELECT u."email", e."clientId", count(*) AS "copies" FROM "ReadingEvent" e JOIN "User" u ON u."id" = e."userId"
         WHERE e."lessonId" = ? GROUP BY u."email", e."clientId"`,
      )
      .all(lessonId) as { email: string; clientId: string; copies: number }[];
    sqlite.close();
    const copies = new Map(stored.map((row) => [`${row.email} ${row.clientId}`, row.copies]));
    const lost = accepted.flatMap(({ email, ids }) => ids.filter((id) => !copies.has(`${email} ${id}`)));
    expect(lost).toEqual([]);
    expect(stored.filter((row) => row.copies !== 1)).toEqual([]);

    // A batch answered before the kill and sent again after the restart (the beacon of a page that was still open)
    // is recognised: nothing of it is stored a second time.
    const first = accepted[0]!;
    const again = await fetch(`${base}/api/reading-events`, {
      method: "POST",
      headers: { cookie: cookies[emails.indexOf(first.email)]!, "content-type": "text/plain" },
      body: JSON.stringify({
        lessonId,
        events: first.ids.map((id) => ({ id, kind: "time", seconds: 15 })),
      }),
    });
    expect(await again.json()).toEqual({ tracked: true, stored: 0 });
  });
});
