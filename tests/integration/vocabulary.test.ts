import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { deleteVocabularyItem, undoSaveVocabulary } from "@/lib/vocabulary/delete-vocabulary.server";
import { listVocabulary } from "@/lib/vocabulary/list-vocabulary.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createAlignedLesson, createDemoLesson } from "../support/lesson-factory";

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
    const [item] = await listVocabulary(user, "");
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
    const [item] = await listVocabulary(user, "");
    expect(item!.contexts.map((context) => context.sentence)).toEqual(["De vrede is broos.", "Iedereen wil vrede."]);

    await undoSaveVocabulary(user, again);
    const [afterUndo] = await listVocabulary(user, "");
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

    expect(await listVocabulary(bram, "")).toEqual([]);
    expect((await listVocabulary(anna, "")).map((item) => item.headword)).toEqual(["diplomatie", "Minsk-akkoorden"]);
    expect((await listVocabulary(anna, "agreements")).map((item) => item.headword)).toEqual(["Minsk-akkoorden"]);
    expect(await listVocabulary(anna, "fiets")).toEqual([]);

    await expect(deleteVocabularyItem(bram, saved.itemId)).rejects.toMatchObject({ code: "not-found" });
    expect(await db.vocabularyItem.count()).toBe(2);
    await deleteVocabularyItem(anna, saved.itemId);
    expect((await listVocabulary(anna, "")).map((item) => item.headword)).toEqual(["diplomatie"]);
  });
});
