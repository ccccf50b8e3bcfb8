import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { type DeeplApi } from "@/lib/translation/deepl-api.server";
import { getTranslationJob } from "@/lib/translation/get-translation-job.server";
import { resumeTranslationJob } from "@/lib/translation/resume-translation-job.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import { withDeeplTestServer } from "@/tests/support/deepl-test-api";
import { createLesson, createUser, type LessonFields } from "@/tests/support/factories";

const server = withDeeplTestServer();

/** Starts and runs a translation of the lesson as the app does, and returns the job's final state. */
async function translateLesson(lessonId: string, userId: string, deepl: DeeplApi | null = server.api()) {
  const job = await startTranslationJob(lessonId, userId);
  await runTranslationJob(job!.id, { deepl });
  return getTranslationJob(job!.id, userId);
}

async function createLessonFor(fields: LessonFields) {
  const user = await createUser();
  const lesson = await createLesson({ ownerId: user.id, ...fields });
  return { user, lesson };
}

async function translations(lessonId: string) {
  const paragraphs = await db.paragraph.findMany({ where: { lessonId }, orderBy: { position: "asc" } });
  return paragraphs.map((paragraph) => paragraph.translationText);
}

/** The reader's sentence pairs of a paragraph, as "Dutch = English" joined by " | ". */
async function sentencePairs(paragraphId: string): Promise<string> {
  const paragraph = await db.paragraph.findUniqueOrThrow({
    where: { id: paragraphId },
    include: { sentences: { orderBy: { position: "asc" } } },
  });
  return paragraph.sentences
    .map((sentence) => {
      const dutch = paragraph.sourceText.slice(sentence.start, sentence.end);
      const english = paragraph.translationText!.slice(sentence.translationStart, sentence.translationEnd);
      return `${dutch} = ${english}`;
    })
    .join(" | ");
}

const codePoints = (texts: string[]) => texts.reduce((sum, text) => sum + Array.from(text).length, 0);

describe("translating a lesson with DeepL", () => {
  it("translates the Dutch paragraphs and pairs their sentences for highlighting", async () => {
    const { user, lesson } = await createLessonFor({
      paragraphs: ["De kat slaapt. Hij droomt.", { sourceText: "This is English.", language: "en" }, "Het huis."],
    });

    const job = await translateLesson(lesson.id, user.id);

    expect(job).toMatchObject({ status: "done", total: 2, done: 2, errorCode: null });
    expect(await translations(lesson.id)).toEqual(["EN: The cat sleeps. EN: He dreams.", null, "EN: The house."]);
    expect(await sentencePairs(lesson.paragraphs[0]!.id)).toBe(
      "De kat slaapt. = EN: The cat sleeps. | Hij droomt. = EN: He dreams.",
    );
    const first = await db.paragraph.findUniqueOrThrow({ where: { id: lesson.paragraphs[0]!.id } });
    expect(first.translationSource).toBe("deepl");
    expect(server.mock.translatedTexts().join()).not.toContain("English");
  });

  it("sends each distinct Dutch text once, never a blank one, and is billed exactly their characters", async () => {
    const dutch = ["Jan & Piet <3 de kat.", "Één café 🍰 is klein.", "Jan & Piet <3 de kat.", "   "];
    const { user, lesson } = await createLessonFor({ paragraphs: dutch });

    await translateLesson(lesson.id, user.id);

    expect(server.mock.translatedTexts()).toHaveLength(2);
    expect(server.mock.billedCharacters()).toBe(codePoints(["Jan & Piet <3 de kat.", "Één café 🍰 is klein."]));
    expect(await translations(lesson.id)).toEqual([
      "EN: Jan & Piet <3 the cat.",
      "EN: Één café 🍰 is small.",
      "EN: Jan & Piet <3 the cat.",
      null,
    ]);
  });

  it("costs no characters when the same text is imported again", async () => {
    const paragraphs = ["De kat slaapt. Hij droomt.", "Het huis is groot."];
    const glossary = [{ term: "huis", english: "home" }];
    const first = await createLessonFor({ paragraphs, glossary });
    await translateLesson(first.lesson.id, first.user.id);
    const requestsBefore = server.mock.requests.length;

    const again = await createLessonFor({ paragraphs, glossary });
    const job = await translateLesson(again.lesson.id, again.user.id);

    expect(job).toMatchObject({ status: "done", total: 2, done: 2 });
    expect(server.mock.requests).toHaveLength(requestsBefore);
    expect(await translations(again.lesson.id)).toEqual(await translations(first.lesson.id));
    expect(await sentencePairs(again.lesson.paragraphs[0]!.id)).toBe(
      "De kat slaapt. = EN: The cat sleeps. | Hij droomt. = EN: He dreams.",
    );
  });

  it("sends 51 paragraphs in two requests", async () => {
    const paragraphs = Array.from({ length: 51 }, (_, index) => `De kat slaapt ${index} uur.`);
    const { user, lesson } = await createLessonFor({ paragraphs });

    const job = await translateLesson(lesson.id, user.id);

    expect(job).toMatchObject({ status: "done", total: 51, done: 51 });
    expect(server.mock.translations().map((request) => request.texts.length)).toEqual([50, 1]);
  });

  it("keeps every request of a long lesson within 128 KiB", async () => {
    // Percent-encoding makes each "é" 6 bytes: about 24 KB of request body per paragraph, 290 KB in all.
    const paragraphs = Array.from({ length: 12 }, (_, index) => `Zin ${index}: ${"één café ".repeat(1000)}dicht.`);
    const { user, lesson } = await createLessonFor({ paragraphs });

    const job = await translateLesson(lesson.id, user.id);

    expect(job).toMatchObject({ status: "done", total: 12, done: 12 });
    expect(server.mock.translations().length).toBeGreaterThan(1);
    for (const request of server.mock.translations()) expect(request.bodyBytes).toBeLessThanOrEqual(128 * 1024);
  });

  it("pairs the sentences with the aligner when DeepL's sentence tags do not come back one to one", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt. Hij droomt."] });
    server.mock.failNext({ type: "merge-sentences" });

    await translateLesson(lesson.id, user.id);

    expect(await translations(lesson.id)).toEqual(["EN: The cat sleeps. EN: He dreams."]);
    expect(await sentencePairs(lesson.paragraphs[0]!.id)).toBe(
      "De kat slaapt. = EN: The cat sleeps. | Hij droomt. = EN: He dreams.",
    );
  });
});

describe("a translation job that fails", () => {
  it("keeps what was translated when the quota runs out, and resuming sends only the rest", async () => {
    const paragraphs = Array.from({ length: 60 }, (_, index) => `Het huis ${index} is groot.`);
    const { user, lesson } = await createLessonFor({ paragraphs });
    server.mock.characterLimit = codePoints(paragraphs.slice(0, 50));

    const failed = await translateLesson(lesson.id, user.id);

    expect(failed).toMatchObject({ status: "failed", errorCode: "quota", total: 60, done: 50 });
    const afterFailure = await translations(lesson.id);
    expect(afterFailure.slice(0, 50)).not.toContain(null);
    expect(afterFailure.slice(50)).toEqual(Array(10).fill(null));

    server.mock.characterLimit = 500_000;
    const sentBefore = server.mock.translatedTexts().length;
    const resumed = await resumeTranslationJob(failed!.id, user.id);
    expect(resumed).toMatchObject({ id: failed!.id, status: "queued", errorCode: null });
    await runTranslationJob(failed!.id, { deepl: server.api() });

    expect(await getTranslationJob(failed!.id, user.id)).toMatchObject({ status: "done", total: 60, done: 60 });
    expect(await translations(lesson.id)).not.toContain(null);
    const sentOnResume = server.mock.translatedTexts().slice(sentBefore);
    expect(sentOnResume).toHaveLength(10);
    expect(sentOnResume.join()).toContain("Het huis 50 is groot.");
    expect(sentOnResume.join()).not.toContain("Het huis 49 is groot.");
  });

  it("fails with auth for a wrong key and leaves the lesson untouched", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });

    const job = await translateLesson(lesson.id, user.id, server.api({ authKey: "wrong-key" }));

    expect(job).toMatchObject({ status: "failed", errorCode: "auth", done: 0 });
    expect(await translations(lesson.id)).toEqual([null]);
  });

  it("fails with unreachable when DeepL cannot be reached", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });
    server.mock.failNext({ type: "status", status: 503 }, { times: 2 });

    expect(await translateLesson(lesson.id, user.id)).toMatchObject({ status: "failed", errorCode: "unreachable" });
  });

  it("fails with not-configured when there is no DeepL key", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });

    expect(await translateLesson(lesson.id, user.id, null)).toMatchObject({
      status: "failed",
      errorCode: "not-configured",
    });
  });
});

describe("translation jobs", () => {
  it("return the running job on a double submit, and translate only once", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });

    const [first, second] = await Promise.all([
      startTranslationJob(lesson.id, user.id),
      startTranslationJob(lesson.id, user.id),
    ]);
    expect(second?.id).toBe(first?.id);
    await Promise.all([
      runTranslationJob(first!.id, { deepl: server.api() }),
      runTranslationJob(first!.id, { deepl: server.api() }),
    ]);

    expect(server.mock.translations()).toHaveLength(1);
    expect(await db.translationJob.count()).toBe(1);
    expect(await getTranslationJob(first!.id, user.id)).toMatchObject({ status: "done", done: 1 });
  });

  it("start anew when the active job was abandoned by a server restart", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });
    const lost = await startTranslationJob(lesson.id, user.id);
    await db.translationJob.update({
      where: { id: lost!.id },
      data: { status: "running", updatedAt: new Date(Date.now() - 60 * 60 * 1000) },
    });

    const job = await startTranslationJob(lesson.id, user.id);

    expect(job?.id).not.toBe(lost!.id);
    expect(await getTranslationJob(lost!.id, user.id)).toMatchObject({ status: "failed", errorCode: "interrupted" });
  });

  it("show their progress to the user who started them only", async () => {
    const { user, lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });
    const other = await createUser();
    const job = await startTranslationJob(lesson.id, user.id);

    expect(await getTranslationJob(job!.id, user.id)).toMatchObject({ status: "queued", total: 1, done: 0 });
    expect(await getTranslationJob(job!.id, other.id)).toBeNull();
    expect(await resumeTranslationJob(job!.id, other.id)).toBeNull();
  });

  it("are started only by the lesson's owner, for a lesson that exists", async () => {
    const { lesson } = await createLessonFor({ paragraphs: ["De kat slaapt."] });
    const other = await createUser();

    expect(await startTranslationJob(lesson.id, other.id)).toBeNull();
    expect(await startTranslationJob("no-such-lesson", other.id)).toBeNull();
    expect(await db.translationJob.count()).toBe(0);
  });
});
