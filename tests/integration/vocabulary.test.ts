import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { deleteVocabularyItem, undoSaveVocabulary } from "@/lib/vocabulary/delete-vocabulary.server";
import { listVocabularyPage, VOCABULARY_PAGE_SIZE } from "@/lib/vocabulary/list-vocabulary.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createAlignedLesson, createDemoLesson } from "../support/lesson-factory";
import { firstVocabularyPage } from "../support/first-vocabulary-page";

async function learner(name: string) {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

/** The demo lesson and the place of "akkoorden van Minsk" (second paragraph, first sentence). */
async function demo() {
  const lesson = await createDemoLesson();
  const paragraph = lesson.paragraphs[1]!;
  const term = lesson.glossary.find((entry) => entry.term === "Minsk-akkoorden")!;
  return { lesson, paragraph, term };
}

describe("saving vocabulary", () => {
  it("keeps the term's English and note and the sentence it was met in, read from the lesson", async () => {
    const user = await learner("anna");
    const { lesson, paragraph, term } = await demo();
    await saveVocabulary(user, {
      lessonId: lesson.id,
      paragraphId: paragraph.id,
      sentencePosition: 0,
      form: "akkoorden van Minsk",
      termId: term.id,
    });
    const [item] = await firstVocabularyPage(user, "");
    expect(item).toMatchObject({ headword: "Minsk-akkoorden", english: term.english, note: term.note });
    expect(item!.contexts).toHaveLength(1);
    expect(item!.contexts[0]).toMatchObject({ form: "akkoorden van Minsk", lessonId: lesson.id });
    expect(item!.contexts[0]!.sentence).toMatch(/^De Amerikaanse president “sprak.*Witte Huis\.$/);
  });

  it("keeps one item when the same word is saved twice, also at the same moment", async () => {
    const user = await learner("anna");
    const { lesson, paragraph, term } = await demo();
    const input = {
      lessonId: lesson.id,
      paragraphId: paragraph.id,
      sentencePosition: 0,
      form: "akkoorden van Minsk",
      termId: term.id,
    };
    const [first, second] = await Promise.all([saveVocabulary(user, input), saveVocabulary(user, input)]);
    expect(first.itemId).toBe(second.itemId);
    await saveVocabulary(user, input);
    expect(await db.vocabularyItem.count()).toBe(1);
    expect(await db.vocabularyContext.count()).toBe(1);
  });

  it("adds the new sentence when a saved word is met again elsewhere", async () => {
    const user = await learner("anna");
    const lesson = await createAlignedLesson({
      paragraphs: [
        {
          kind: "paragraph",
          language: "nl",
          translationSource: "human",
          pairs: [
            { source: "De vrede is broos.", translation: "The peace is fragile." },
            { source: "Iedereen wil vrede.", translation: "Everyone wants peace." },
          ],
        },
      ],
    });
    const paragraphId = lesson.paragraphs[0]!.id;
    await saveVocabulary(user, { lessonId: lesson.id, paragraphId, sentencePosition: 0, form: "vrede" });
    const again = await saveVocabulary(user, { lessonId: lesson.id, paragraphId, sentencePosition: 1, form: "vrede" });
    expect(again).toMatchObject({ itemCreated: false, contextCreated: true });
    const [item] = await firstVocabularyPage(user, "");
    expect(item!.contexts.map((context) => context.sentence)).toEqual(["De vrede is broos.", "Iedereen wil vrede."]);

    await undoSaveVocabulary(user, again);
    const [afterUndo] = await firstVocabularyPage(user, "");
    expect(afterUndo!.contexts.map((context) => context.sentence)).toEqual(["De vrede is broos."]);
  });

  it("refuses a form that is not in the sentence, and a sentence or term of another lesson", async () => {
    const user = await learner("anna");
    const { lesson, paragraph } = await demo();
    const other = await createDemoLesson();
    const base = { lessonId: lesson.id, paragraphId: paragraph.id, sentencePosition: 0 };
    await expect(saveVocabulary(user, { ...base, form: "fiets" })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(
      saveVocabulary(user, { ...base, paragraphId: other.paragraphs[1]!.id, form: "Minsk" }),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(saveVocabulary(user, { ...base, form: "Minsk", termId: other.glossary[0]!.id })).rejects.toMatchObject(
      { code: "not-found" },
    );
    await expect(saveVocabulary(user, { ...base, sentencePosition: 99, form: "Minsk" })).rejects.toMatchObject({
      code: "not-found",
    });
    expect(await db.vocabularyItem.count()).toBe(0);
  });

  it("refuses words from another user's private lesson", async () => {
    const owner = await learner("owner");
    const intruder = await learner("intruder");
    const lesson = await createDemoLesson({ ownerId: owner.id, visibility: "private" });
    const input = { lessonId: lesson.id, paragraphId: lesson.paragraphs[0]!.id, sentencePosition: 0, form: "Twitter" };
    await expect(saveVocabulary(intruder, input)).rejects.toMatchObject({ code: "not-found" });
    await expect(saveVocabulary(owner, input)).resolves.toMatchObject({ itemCreated: true });
  });
});

describe("listing and deleting vocabulary", () => {
  it("shows each learner only their own items, searches them, and deletes only their own", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    const { lesson, paragraph, term } = await demo();
    const input = { lessonId: lesson.id, paragraphId: paragraph.id, sentencePosition: 0 };
    const saved = await saveVocabulary(anna, { ...input, form: "akkoorden van Minsk", termId: term.id });
    await saveVocabulary(anna, { ...input, form: "diplomatie" });

    expect(await firstVocabularyPage(bram, "")).toEqual([]);
    expect((await firstVocabularyPage(anna, "")).map((item) => item.headword)).toEqual([
      "diplomatie",
      "Minsk-akkoorden",
    ]);
    expect((await firstVocabularyPage(anna, "minsk-akkoorden")).map((item) => item.headword)).toEqual([
      "Minsk-akkoorden",
    ]);
    // "diplomatie" has no English of its own, so the page shows (and searches) its sentence's: "… Minsk agreements".
    expect((await firstVocabularyPage(anna, "agreements")).map((item) => item.headword)).toEqual([
      "diplomatie",
      "Minsk-akkoorden",
    ]);
    expect(await firstVocabularyPage(anna, "fiets")).toEqual([]);

    await expect(deleteVocabularyItem(bram, saved.itemId)).rejects.toMatchObject({ code: "not-found" });
    expect(await db.vocabularyItem.count()).toBe(2);
    await deleteVocabularyItem(anna, saved.itemId);
    expect((await firstVocabularyPage(anna, "")).map((item) => item.headword)).toEqual(["diplomatie"]);
  });
});

describe("paging through vocabulary", () => {
  const start = Date.UTC(2026, 0, 1);

  /** `count` items, "vrede-anna-000" or "woord-anna-001" and so on; three at a time share a creation time. */
  async function saveMany(user: CurrentUser, count: number) {
    await db.vocabularyItem.createMany({
      data: Array.from({ length: count }, (_, i) => {
        const headword = `${i % 2 === 0 ? "vrede" : "woord"}-${user.name}-${String(i).padStart(3, "0")}`;
        return {
          id: `${user.id}-${String(i).padStart(3, "0")}`,
          userId: user.id,
          key: headword.toLowerCase(),
          headword,
          createdAt: new Date(start + Math.floor(i / 3) * 1000),
        };
      }),
    });
  }

  /** Every page of a search, in order. */
  async function allPages(user: CurrentUser, query: string) {
    const firstPage = await listVocabularyPage(user, { query, page: 1 });
    const pages = [firstPage];
    for (let page = 2; page <= firstPage.pageCount; page++) pages.push(await listVocabularyPage(user, { query, page }));
    return pages;
  }

  it("lists every item once, newest first, on pages of 50, and never another learner's", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    await saveMany(anna, 120);
    await saveMany(bram, 30);
    const newestFirst = Array.from({ length: 120 }, (_, i) => `${anna.id}-${String(119 - i).padStart(3, "0")}`);

    const pages = await allPages(anna, "");
    expect(pages.map(({ page, pageCount, total, first, last }) => ({ page, pageCount, total, first, last }))).toEqual([
      { page: 1, pageCount: 3, total: 120, first: 1, last: 50 },
      { page: 2, pageCount: 3, total: 120, first: 51, last: 100 },
      { page: 3, pageCount: 3, total: 120, first: 101, last: 120 },
    ]);
    expect(pages.map((page) => page.items.length)).toEqual([VOCABULARY_PAGE_SIZE, VOCABULARY_PAGE_SIZE, 20]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(newestFirst);
    expect((await listVocabularyPage(bram, { query: "", page: 1 })).total).toBe(30);
  });

  it("searches across all pages", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    await saveMany(anna, 120);
    await saveMany(bram, 120);

    const pages = await allPages(anna, "vrede");
    expect(pages.map((page) => [page.total, page.items.length])).toEqual([
      [60, 50],
      [60, 10],
    ]);
    const headwords = pages.flatMap((page) => page.items.map((item) => item.headword));
    expect(new Set(headwords).size).toBe(60);
    expect(headwords.every((headword) => headword.startsWith("vrede-anna-"))).toBe(true);
    expect(headwords.slice(0, 2)).toEqual(["vrede-anna-118", "vrede-anna-116"]);
    expect(headwords.at(-1)).toBe("vrede-anna-000");
  });

  it("answers a page past the end with the last page, and an empty list with one empty page", async () => {
    const anna = await learner("anna");
    await saveMany(anna, 120);
    const last = await listVocabularyPage(anna, { query: "", page: 3 });
    expect(await listVocabularyPage(anna, { query: "", page: Number.MAX_SAFE_INTEGER })).toEqual(last);
    expect(await listVocabularyPage(anna, { query: "fiets", page: 2 })).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
      skip: 0,
      first: 0,
      last: 0,
    });
  });
});
