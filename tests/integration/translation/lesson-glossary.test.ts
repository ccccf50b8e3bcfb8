import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { getTranslationJob } from "@/lib/translation/get-translation-job.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import { withDeeplTestServer } from "@/tests/support/deepl-test-api";
import { createLesson, createUser } from "@/tests/support/factories";

const server = withDeeplTestServer();

async function translateLesson(lessonId: string, userId: string) {
  const job = await startTranslationJob(lessonId, userId);
  const deepl = server.api();
  await runTranslationJob(job!.id, { deepl });
  return getTranslationJob(job!.id, userId);
}

/** A lesson with a glossary, translated once; later steps add untranslated paragraphs to it. */
async function translatedLessonWithGlossary(glossary: { term: string; english: string }[]) {
  const user = await createUser();
  const lesson = await createLesson({ ownerId: user.id, paragraphs: ["De gemeente is groot."], glossary });
  await translateLesson(lesson.id, user.id);
  return { user, lesson };
}

/** Adds a Dutch paragraph and translates what is untranslated; returns the new paragraph's translation. */
async function translateNewParagraph(lesson: { id: string }, userId: string, sourceText: string) {
  const position = await db.paragraph.count({ where: { lessonId: lesson.id } });
  const paragraph = await db.paragraph.create({ data: { lessonId: lesson.id, position, sourceText } });
  await translateLesson(lesson.id, userId);
  return (await db.paragraph.findUniqueOrThrow({ where: { id: paragraph.id } })).translationText;
}

async function changeGlossary(lessonId: string, terms: { term: string; english: string }[]) {
  await db.glossaryTerm.deleteMany({ where: { lessonId } });
  await db.glossaryTerm.createMany({ data: terms.map((term) => ({ lessonId, ...term })) });
  await db.lesson.update({ where: { id: lessonId }, data: { glossaryVersion: { increment: 1 } } });
}

const glossaryRequests = () => server.mock.requests.filter((request) => request.path.startsWith("/v3/glossaries"));

describe("the lesson glossary on DeepL", () => {
  it("is created from the lesson's terms and used, with Dutch as the explicit source language", async () => {
    const { lesson } = await translatedLessonWithGlossary([{ term: "gemeente", english: "municipality" }]);

    const [paragraph] = await db.paragraph.findMany({ where: { lessonId: lesson.id } });
    expect(paragraph?.translationText).toBe("EN: The municipality is big.");
    const synced = await db.deeplGlossary.findUniqueOrThrow({ where: { lessonId: lesson.id } });
    expect(synced.glossaryVersion).toBe(lesson.glossaryVersion);
    expect(server.mock.translations()[0]?.params).toMatchObject({
      glossary_id: [synced.glossaryId],
      source_lang: ["nl"],
    });
  });

  it("is reused without another glossary request while the glossary version stays the same", async () => {
    const { user, lesson } = await translatedLessonWithGlossary([{ term: "gemeente", english: "municipality" }]);
    const before = glossaryRequests().length;

    expect(await translateNewParagraph(lesson, user.id, "De gemeente is klein.")).toBe(
      "EN: The municipality is small.",
    );
    expect(glossaryRequests()).toHaveLength(before);
  });

  it("gets its dictionary replaced when the lesson's glossary changed", async () => {
    const { user, lesson } = await translatedLessonWithGlossary([{ term: "gemeente", english: "municipality" }]);
    const { glossaryId } = await db.deeplGlossary.findUniqueOrThrow({ where: { lessonId: lesson.id } });

    await changeGlossary(lesson.id, [{ term: "gemeente", english: "local authority" }]);

    expect(await translateNewParagraph(lesson, user.id, "De gemeente is klein.")).toBe(
      "EN: The local authority is small.",
    );
    expect(server.mock.glossaries.size).toBe(1);
    expect(await db.deeplGlossary.findUniqueOrThrow({ where: { lessonId: lesson.id } })).toMatchObject({
      glossaryId,
      glossaryVersion: lesson.glossaryVersion + 1,
    });
  });

  it("is created anew when it was deleted on DeepL's side", async () => {
    const { user, lesson } = await translatedLessonWithGlossary([{ term: "gemeente", english: "municipality" }]);
    server.mock.glossaries.clear();

    await changeGlossary(lesson.id, [{ term: "stad", english: "town" }]);

    expect(await translateNewParagraph(lesson, user.id, "De stad is klein.")).toBe("EN: The town is small.");
    const { glossaryId } = await db.deeplGlossary.findUniqueOrThrow({ where: { lessonId: lesson.id } });
    expect([...server.mock.glossaries.keys()]).toEqual([glossaryId]);
  });

  it("is deleted when the lesson has no terms left", async () => {
    const { user, lesson } = await translatedLessonWithGlossary([{ term: "gemeente", english: "municipality" }]);

    await changeGlossary(lesson.id, []);

    expect(await translateNewParagraph(lesson, user.id, "De gemeente is klein.")).toBe("EN: The council is small.");
    expect(server.mock.glossaries.size).toBe(0);
    expect(await db.deeplGlossary.count()).toBe(0);
    expect(server.mock.translations().at(-1)?.params.glossary_id).toBeUndefined();
  });

  it("holds terms with tabs and newlines cleaned, and never a term DeepL would reject", async () => {
    await translatedLessonWithGlossary([
      { term: "de\tgemeente", english: "the\nmunicipality" },
      { term: "\n", english: "nothing" },
    ]);

    const [glossary] = [...server.mock.glossaries.values()];
    expect(glossary?.dictionaries.get("nl>en")?.entries).toEqual({ "de gemeente": "the municipality" });
  });

  it("is not created when every paragraph comes from the cache", async () => {
    const glossary = [{ term: "gemeente", english: "municipality" }];
    await translatedLessonWithGlossary(glossary);
    server.mock.glossaries.clear();

    const { lesson } = await translatedLessonWithGlossary(glossary);

    expect(server.mock.glossaries.size).toBe(0);
    expect(await db.deeplGlossary.findUnique({ where: { lessonId: lesson.id } })).toBeNull();
  });
});
