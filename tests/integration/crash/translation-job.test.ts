import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/app/actions/action-result";
import type { TranslationJobView } from "@/lib/translation/translation-job";
import { integrityCheck, openDatabase, signedInCookie, waitUntil } from "@/tests/support/app-process";
import { crashTestApp } from "@/tests/support/crash-test-app";
import { DeeplMockServer } from "@/tests/support/deepl-mock-server";
import { actionId, callAction, formActionFields } from "@/tests/support/server-action";

const PORT = 3402;
const DEEPL_PORT = 3412;
/** Four DeepL requests of 50 texts each. */
const PARAGRAPHS = 200;

const { file, start } = crashTestApp("crash-translation");
let deepl: DeeplMockServer | null = null;

afterAll(async () => {
  await deepl?.close();
});

function translationState(lessonId: string) {
  const sqlite = openDatabase(file);
  try {
    return sqlite
      .prepare(
        `SELECT p."translationText" AS "translation", (SELECT count(*) FROM "Sentence" s WHERE s."paragraphId" = p."id") AS "sentences"
         FROM "Paragraph" p WHERE p."lessonId" = ? ORDER BY p."position"`,
      )
      .all(lessonId) as { translation: string | null; sentences: number }[];
  } finally {
    sqlite.close();
  }
}

describe("a DeepL translation job killed with SIGKILL", () => {
  it("is offered to resume after the restart, and finishes with every batch saved once", async () => {
    deepl = await DeeplMockServer.start({ port: DEEPL_PORT, authKey: "crash-key" });
    // Each request takes a while, as DeepL's do for 50 paragraphs, so the kill comes between two batches.
    deepl.latencyMs = 1_500;
    const env = { DEEPL_AUTH_KEY: "crash-key", DEEPL_SERVER_URL: deepl.url };
    const cookie = signedInCookie(file, "teacher@example.com");
    let app = await start(PORT, env);
    const { base } = app;

    const form = new FormData();
    const fields = await formActionFields(`${base}/en/lessons/new`, cookie);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [name, value] of Object.entries({ lng: "en", title: "Vertaal mij", level: "B1", mode: "none" })) {
      form.append(name, value);
    }
    const text = Array.from({ length: PARAGRAPHS }, (_, n) => `De kat ${n + 1} slaapt in het huis.`).join("\n\n");
    form.append("dutchText", text);
    const created = await fetch(`${base}/en/lessons/new`, {
      method: "POST",
      headers: { cookie },
      body: form,
      redirect: "manual",
    });
    const lessonId = /\/lessons\/([^/?]+)/.exec(created.headers.get("location") ?? "")?.[1];
    expect(lessonId, "the lesson was created").toBeDefined();
    const translatePage = `/en/lessons/${lessonId}/translate`;

    // The owner presses "Translate with DeepL", then the reader polls the job as the browser does.
    const started = await callAction<ActionResult<string>>(
      base,
      translatePage,
      actionId("app/actions/lessons.ts", "translateWithDeeplAction"),
      [lessonId],
      cookie,
    );
    expect(started.result?.ok, started.body).toBe(true);
    const jobId = started.result?.ok ? started.result.data : "";
    const poll = async () =>
      (await (
        await fetch(`${base}/api/translation-jobs/${jobId}`, { headers: { cookie } })
      ).json()) as TranslationJobView;
    await waitUntil(async () => (await poll()).done >= 50, 60_000);
    const beforeKill = await poll();
    await app.kill();
    expect(beforeKill.done, "paragraphs left to translate when the server was killed").toBeLessThan(PARAGRAPHS);

    expect(integrityCheck(file)).toBe("ok");
    app = await start(PORT, env);
    // No process runs the job any more: within half a minute the owner sees it stopped, with what it had done.
    await waitUntil(async () => (await poll()).status === "failed", 90_000);
    expect(await poll()).toMatchObject({
      status: "failed",
      errorCode: "interrupted",
      done: beforeKill.done,
      total: PARAGRAPHS,
    });
    const resumed = await callAction<ActionResult>(
      base,
      translatePage,
      actionId("app/actions/lessons.ts", "resumeTranslationAction"),
      [jobId],
      cookie,
    );
    expect(resumed.result, resumed.body).toEqual({ ok: true, data: null });
    await waitUntil(async () => (await poll()).status === "done", 60_000);

    expect(await poll()).toMatchObject({ status: "done", done: PARAGRAPHS, total: PARAGRAPHS });
    const paragraphs = translationState(lessonId!);
    expect(paragraphs.filter((paragraph) => paragraph.translation === null)).toEqual([]);
    // One sentence pair per one-sentence paragraph: no batch was written twice.
    expect(paragraphs.filter((paragraph) => paragraph.sentences !== 1)).toEqual([]);
    // DeepL was asked for each paragraph once, except the batch whose answer the kill cut off (asked again).
    const sent = deepl.translatedTexts();
    expect(new Set(sent).size).toBe(PARAGRAPHS);
    expect(sent.length - PARAGRAPHS).toBeLessThanOrEqual(50);
  });
});
