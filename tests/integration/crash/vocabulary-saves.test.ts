import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/app/actions/action-result";
import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { integrityCheck, openDatabase, signedInCookie, waitUntil } from "@/tests/support/app-process";
import { crashTestApp } from "@/tests/support/crash-test-app";
import { burst } from "@/tests/support/burst";
import { addClassLearners, demoLessonId, lessonWords } from "@/tests/support/crash-world";
import { actionId, callAction } from "@/tests/support/server-action";

const PORT = 3403;
const LEARNERS = 6;
const CLIENTS = 16;

const { file, start } = crashTestApp("crash-vocabulary");

describe("a burst of vocabulary saves killed with SIGKILL", () => {
  it("keeps every save that was answered as saved", async () => {
    const lessonId = demoLessonId(file);
    const words = lessonWords(file, lessonId);
    const cookies = addClassLearners(file, LEARNERS).map((email) => signedInCookie(file, email));
    const saveId = actionId("app/actions/vocabulary.ts", "saveVocabularyAction");
    let app = await start(PORT);
    const { base } = app;

    // Each client is one learner's browser saving the lesson's words one after another, as fast as answers come.
    const answered: { cookie: string; saved: SavedVocabulary }[] = [];
    const sending = burst(CLIENTS, async (client, round) => {
      const word = words[(client * 37 + round) % words.length]!;
      const cookie = cookies[client % LEARNERS]!;
      const { status, result } = await callAction<ActionResult<SavedVocabulary>>(
        base,
        `/en/lessons/${lessonId}`,
        saveId,
        [{ lessonId, ...word }],
        cookie,
      );
      if (status === 200 && result?.ok) answered.push({ cookie, saved: result.data });
    });
    await waitUntil(() => answered.length >= 60, 60_000);
    const inFlight = sending.inFlight();
    await app.kill();
    await sending.end();
    expect(inFlight, "saves in flight when the server was killed").toBeGreaterThan(0);

    expect(integrityCheck(file)).toBe("ok");
    app = await start(PORT);
    const sqlite = openDatabase(file);
    const missing = answered.filter(({ saved }) => {
      const item = sqlite.prepare(`SELECT "key" FROM "VocabularyItem" WHERE "id" = ?`).get(saved.itemId) as
        { key: string } | undefined;
      const context = sqlite.prepare(`SELECT 1 FROM "VocabularyContext" WHERE "id" = ?`).get(saved.contextId);
      return item?.key !== saved.key || context === undefined;
    });
    sqlite.close();
    expect(missing).toEqual([]);

    // And the learner sees them after the restart: the vocabulary page lists a word answered as saved.
    const first = answered[0]!;
    const page = await (await fetch(`${base}/en/vocabulary`, { headers: { cookie: first.cookie } })).text();
    expect(page).toContain(first.saved.headword);
  });
});
