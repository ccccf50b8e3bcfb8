import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client.server";
import { editParagraph } from "@/lib/lessons/edit-paragraph.server";
import { runTranslationJob } from "@/lib/translation/run-translation-job.server";
import { startTranslationJob } from "@/lib/translation/start-translation-job.server";
import { withDeeplTestServer } from "@/tests/support/deepl-test-api";
import { classWorld } from "../../support/class-world";
import { createAlignedLesson } from "../../support/lesson-factory";
import { form, signInAs } from "../../support/request-as";
import { revalidated } from "./curation-world";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => ({
  revalidatePath: (await import("./curation-world")).revalidated,
  revalidateTag: () => undefined,
}));

const actions = await import("@/app/actions/curation");
const server = withDeeplTestServer();

beforeEach(() => revalidated.mockClear());

/** Each paragraph's pairs as "Dutch = English", joined by " | ". */
async function pairs(lessonId: string): Promise<string[]> {
  const paragraphs = await db.paragraph.findMany({
    where: { lessonId },
    orderBy: { position: "asc" },
    include: { sentences: { orderBy: { position: "asc" } } },
  });
  return paragraphs.map((paragraph) =>
    paragraph.sentences
      .map(
        (s) =>
          `${paragraph.sourceText.slice(s.start, s.end)} = ${(paragraph.translationText ?? "").slice(s.translationStart, s.translationEnd)}`,
      )
      .join(" | "),
  );
}

async function twoParagraphLesson(ownerId: string, visibility: "public" | "private" = "private") {
  return createAlignedLesson({
    ownerId,
    visibility,
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [{ source: "De kat slaapt.", translation: "The cat sleeps." }],
      },
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [
          { source: "Het huis is groot.", translation: "The house is big." },
          { source: "Het is oud.", translation: "It is old." },
        ],
      },
    ],
  });
}

describe("editing a lesson's details", () => {
  it("changes title, English title, summary and level for the owner", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    const fields = { title: "  Nieuwe  titel ", titleEnglish: "New title", summary: "About peace.", level: "A2" };
    expect(await actions.editLessonDetailsAction(w.lesson.id, null, form(fields))).toEqual({ ok: true, data: null });
    expect(await db.lesson.findUniqueOrThrow({ where: { id: w.lesson.id } })).toMatchObject({
      title: "Nieuwe titel",
      titleEnglish: "New title",
      summary: "About peace.",
      level: "A2",
    });
  });

  it("names the fields that are wrong", async () => {
    const w = await classWorld();
    await signInAs(w.teacher);
    const result = await actions.editLessonDetailsAction(
      w.lesson.id,
      null,
      form({ title: " ", titleEnglish: "x".repeat(201), summary: "", level: "Z9" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fields: { title: "required", titleEnglish: "tooLong", level: "required" },
    });
  });
});

describe("editing a paragraph", () => {
  it("re-aligns the edited paragraph and keeps the other paragraphs' pairs", async () => {
    const w = await classWorld();
    const lesson = await twoParagraphLesson(w.teacher.id);
    const before = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
    const otherSentences = await db.sentence.findMany({ where: { paragraphId: lesson.paragraphs[1]!.id } });
    await signInAs(w.teacher);
    const result = await actions.editParagraphAction(
      lesson.id,
      lesson.paragraphs[0]!.id,
      null,
      form({ dutch: "De kat slaapt. Hij droomt\nvan vis.", english: "The cat sleeps. He dreams of fish." }),
    );
    expect(result).toEqual({ ok: true, data: "saved" });
    expect(await pairs(lesson.id)).toEqual([
      "De kat slaapt. = The cat sleeps. | Hij droomt van vis. = He dreams of fish.",
      "Het huis is groot. = The house is big. | Het is oud. = It is old.",
    ]);
    expect(await db.sentence.findMany({ where: { paragraphId: lesson.paragraphs[1]!.id } })).toEqual(otherSentences);
    const after = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
    expect(after.wordCount).toBe(before.wordCount + 4);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect((await db.paragraph.findUniqueOrThrow({ where: { id: lesson.paragraphs[0]!.id } })).translationSource).toBe(
      "human",
    );
  });

  it("keeps a human translation when only the Dutch changes, aligned with the new Dutch", async () => {
    const w = await classWorld();
    const lesson = await twoParagraphLesson(w.teacher.id);
    const edit = { dutch: "Het huis is heel groot. Het is oud.", english: "The house is big. It is old." };
    expect(await editParagraph(w.teacher, lesson.id, lesson.paragraphs[1]!.id, edit)).toBe("saved");
    expect((await pairs(lesson.id))[1]).toBe("Het huis is heel groot. = The house is big. | Het is oud. = It is old.");
  });

  it("refuses a paragraph of another lesson, and text over the limit", async () => {
    const w = await classWorld();
    const lesson = await twoParagraphLesson(w.teacher.id);
    await expect(
      editParagraph(w.teacher, lesson.id, w.lesson.paragraphs[0]!.id, { dutch: "Ja.", english: "" }),
    ).rejects.toMatchObject({ code: "not-found" });
    await signInAs(w.teacher);
    const long = await actions.editParagraphAction(
      lesson.id,
      lesson.paragraphs[0]!.id,
      null,
      form({ dutch: "a".repeat(10_001), english: "" }),
    );
    expect(long).toMatchObject({ ok: false, fields: { dutch: "paragraphTooLong" } });
    expect((await pairs(lesson.id))[0]).toBe("De kat slaapt. = The cat sleeps.");
  });

  it("translates the new Dutch of a DeepL paragraph again from the cache, without a DeepL request", async () => {
    const w = await classWorld();
    // A lesson translated by DeepL puts "Het huis." in the translation cache.
    const cached = await createAlignedLesson({
      ownerId: w.teacher.id,
      visibility: "private",
      paragraphs: [
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "none",
          pairs: [{ source: "Het huis.", translation: "" }],
        },
      ],
    });
    const job = await startTranslationJob(cached.id, w.teacher.id);
    await runTranslationJob(job!.id, { deepl: server.api() });
    const requests = server.mock.requests.length;

    const lesson = await createAlignedLesson({
      ownerId: w.teacher.id,
      visibility: "private",
      paragraphs: [
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "deepl",
          pairs: [{ source: "De kat.", translation: "EN: The cat." }],
        },
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "deepl",
          pairs: [{ source: "De hond.", translation: "EN: The dog." }],
        },
      ],
    });
    const outcome = await editParagraph(w.teacher, lesson.id, lesson.paragraphs[0]!.id, {
      dutch: "Het huis.",
      english: "EN: The cat.",
    });
    expect(outcome).toBe("retranslated");
    expect(await pairs(lesson.id)).toEqual(["Het huis. = EN: The house.", "De hond. = EN: The dog."]);
    expect(server.mock.requests.length).toBe(requests);
  });

  it("clears a DeepL translation the cache does not have when DeepL is not set up", async () => {
    const w = await classWorld();
    const lesson = await createAlignedLesson({
      ownerId: w.teacher.id,
      visibility: "private",
      paragraphs: [
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "deepl",
          pairs: [{ source: "De kat.", translation: "EN: The cat." }],
        },
      ],
    });
    const outcome = await editParagraph(w.teacher, lesson.id, lesson.paragraphs[0]!.id, {
      dutch: "De kat en de muis.",
      english: "EN: The cat.",
    });
    expect(outcome).toBe("translation-cleared");
    const paragraph = await db.paragraph.findUniqueOrThrow({ where: { id: lesson.paragraphs[0]!.id } });
    expect(paragraph).toMatchObject({ translationText: null, translationSource: "none" });
  });
});

describe("revalidating a public lesson's cached pages", () => {
  const lessonPaths = (id: string) => [
    [`/en/lessons/${id}`],
    [`/nl/lessons/${id}`],
    ["/[lng]/lessons/[id]/[part]", "page"],
  ];

  it("follows every change to a public lesson, and no change to a private one", async () => {
    const w = await classWorld();
    const lesson = await twoParagraphLesson(w.teacher.id, "public");
    await signInAs(w.teacher);
    const details = form({ title: "Openbaar", titleEnglish: "", summary: "", level: "B1" });
    expect(await actions.editLessonDetailsAction(lesson.id, null, details)).toMatchObject({ ok: true });
    expect(revalidated.mock.calls).toEqual(lessonPaths(lesson.id));

    revalidated.mockClear();
    const edit = form({ dutch: "De kat slaapt niet.", english: "The cat does not sleep." });
    expect(await actions.editParagraphAction(lesson.id, lesson.paragraphs[0]!.id, null, edit)).toMatchObject({
      ok: true,
    });
    expect(revalidated.mock.calls).toEqual(lessonPaths(lesson.id));

    revalidated.mockClear();
    const glossary = await import("@/app/actions/glossary");
    const term = form({ term: "kat", english: "cat", note: "", variants: "" });
    expect(await glossary.addGlossaryTermAction(lesson.id, null, term)).toMatchObject({ ok: true });
    expect(revalidated.mock.calls).toEqual(lessonPaths(lesson.id));

    revalidated.mockClear();
    expect(await actions.setLessonVisibilityAction(lesson.id, null, form({ visibility: "private" }))).toMatchObject({
      ok: true,
    });
    expect(revalidated.mock.calls).toEqual(lessonPaths(lesson.id));

    revalidated.mockClear();
    expect(await actions.editLessonDetailsAction(lesson.id, null, details)).toMatchObject({ ok: true });
    expect(revalidated).not.toHaveBeenCalled();
  });

  it("follows the deletion of a public lesson", async () => {
    const w = await classWorld();
    const lesson = await twoParagraphLesson(w.teacher.id, "public");
    await signInAs(w.teacher);
    const lessons = await import("@/app/actions/lessons");
    expect(await lessons.deleteLessonAction(lesson.id)).toEqual({ ok: true, data: null });
    expect(revalidated.mock.calls).toEqual(lessonPaths(lesson.id));
  });
});
