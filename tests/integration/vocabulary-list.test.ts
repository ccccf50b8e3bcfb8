import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { jsonRows } from "@/lib/db/sql-dialect";
import { accentInsensitiveSearch, foldSearch } from "@/lib/vocabulary/accent-insensitive-search";
import { deleteVocabularyItem } from "@/lib/vocabulary/delete-vocabulary.server";
import { lessonsSavedFrom, listVocabularyPage } from "@/lib/vocabulary/list-vocabulary.server";
import { restoreDeletedVocabulary } from "@/lib/vocabulary/restore-deleted-vocabulary.server";
import { GRADES, gradeCard } from "@/lib/vocabulary/review-scheduler";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { mayMatch, surelyMatches } from "@/lib/vocabulary/search-patterns-sql.server";
import { restoreVocabularyStatuses, setVocabularyStatuses } from "@/lib/vocabulary/set-vocabulary-statuses.server";
import type { VocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";
import { wordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { createAlignedLesson } from "../support/lesson-factory";

async function learner(name: string) {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

/** A lesson of one paragraph whose sentences are paired with their English; a learner may read it (public). */
async function lesson(title: string, pairs: [source: string, translation: string][], ownerId: string | null = null) {
  const created = await createAlignedLesson({
    ownerId,
    visibility: ownerId ? "private" : "public",
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: pairs.map(([source, translation]) => ({ source, translation })),
      },
    ],
  });
  await db.lesson.update({ where: { id: created.id }, data: { title } });
  const paragraphId = created.paragraphs[0]!.id;
  /** Saves `form` as met in sentence `position` (as a selection: the item's word is the form, without English). */
  const save = (user: CurrentUser, position: number, form: string) =>
    saveVocabulary(user, { lessonId: created.id, paragraphId, sentencePosition: position, form });
  return { id: created.id, paragraphId, save };
}

async function headwords(user: CurrentUser, params: Partial<VocabularyListParams> = {}) {
  const page = await listVocabularyPage(user, { query: "", page: 1, ...params });
  return page.items.map((item) => item.headword);
}

/** A review with the grade Good at `at`, written as the review screen writes it. */
async function reviewGood(user: CurrentUser, itemId: string, at: Date) {
  const card = await db.reviewCard.findUniqueOrThrow({ where: { itemId } });
  const { card: next, log } = gradeCard(card, GRADES[2], at);
  await db.reviewCard.update({ where: { itemId }, data: next });
  await db.reviewLog.create({ data: { ...log, itemId, userId: user.id } });
}

/** Everything of an item that a delete removes and an undo must bring back. */
async function itemRows(itemId: string) {
  return {
    item: await db.vocabularyItem.findUnique({ where: { id: itemId } }),
    contexts: await db.vocabularyContext.findMany({ where: { itemId }, orderBy: { id: "asc" } }),
    card: await db.reviewCard.findUnique({ where: { itemId } }),
    logs: await db.reviewLog.findMany({ where: { itemId }, orderBy: { id: "asc" } }),
  };
}

async function statusOf(user: CurrentUser, key: string) {
  return (await wordStatuses(db, user.id, [key])).get(key);
}

describe("filtering the vocabulary list", () => {
  it("filters by status and by lesson, offering the lessons the learner saved words from", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const war = await lesson("Oorlog", [["De oorlog duurt lang.", "The war lasts long."]]);
    await peace.save(anna, 0, "vrede");
    await peace.save(anna, 0, "broos");
    const oorlog = await war.save(anna, 0, "oorlog");
    await war.save(bram, 0, "oorlog");
    await setVocabularyStatuses(anna, [oorlog.itemId], "known");

    expect(await headwords(anna)).toEqual(["oorlog", "broos", "vrede"]);
    expect(await headwords(anna, { status: "known" })).toEqual(["oorlog"]);
    expect(await headwords(anna, { status: "learning" })).toEqual(["broos", "vrede"]);
    expect(await headwords(anna, { status: "ignored" })).toEqual([]);
    expect(await headwords(anna, { lesson: peace.id })).toEqual(["broos", "vrede"]);
    expect(await headwords(anna, { lesson: war.id, status: "learning" })).toEqual([]);
    expect(await headwords(bram, { lesson: peace.id })).toEqual([]);

    expect(await lessonsSavedFrom(anna)).toEqual([
      { id: war.id, title: "Oorlog" },
      { id: peace.id, title: "Vrede" },
    ]);
    expect(await lessonsSavedFrom(bram)).toEqual([{ id: war.id, title: "Oorlog" }]);
  });

  it("shows each row's status, sentences with their English and place, and a deleted lesson's sentence unlinked", async () => {
    const anna = await learner("anna");
    const kept = await lesson("Blijft", [["„Dat is zo”, zei hij.", "“That is so,” he said."]]);
    const gone = await lesson("Weg", [["Het regent vandaag.", "It is raining today."]]);
    await kept.save(anna, 0, "zei");
    await gone.save(anna, 0, "regent");
    await db.lesson.delete({ where: { id: gone.id } });

    const [regent, zei] = (await listVocabularyPage(anna, { query: "", page: 1 })).items;
    expect(zei).toMatchObject({ headword: "zei", english: "", status: "learning" });
    expect(zei!.contexts).toEqual([
      expect.objectContaining({
        sentence: "„Dat is zo”, zei hij.",
        english: "“That is so,” he said.",
        lessonId: kept.id,
        lessonTitle: "Blijft",
        paragraphId: kept.paragraphId,
        sentencePosition: 0,
      }),
    ]);
    expect(regent!.contexts).toEqual([expect.objectContaining({ lessonId: null, lessonTitle: null })]);
  });

  it("searches words, English and sentences regardless of accents and case, both ways", async () => {
    const anna = await learner("anna");
    const news = await lesson("Nieuws", [
      ["Oekraïne wil vrede.", "Ukraine wants peace."],
      ["Hij schreef oekraine zonder trema.", "He wrote it without a diaeresis."],
      ["Het CAFÉ is dicht.", "The café is closed."],
      ["Korting van 50% op fietsen.", "A 50% discount on bicycles."],
      ["De fiets kost 500 euro.", "The bicycle costs 500 euros."],
    ]);
    await news.save(anna, 0, "vrede");
    await news.save(anna, 1, "schreef");
    await news.save(anna, 2, "dicht");

    expect(await headwords(anna, { query: "oekraine" })).toEqual(["schreef", "vrede"]);
    expect(await headwords(anna, { query: "Oekraïne" })).toEqual(["schreef", "vrede"]);
    expect(await headwords(anna, { query: "OEKRAÏNE" })).toEqual(["schreef", "vrede"]);
    expect(await headwords(anna, { query: "cafe" })).toEqual(["dicht"]);
    expect(await headwords(anna, { query: "Café is" })).toEqual(["dicht"]);
    // The English of the sentence, shown for items without English of their own.
    expect(await headwords(anna, { query: "ukraine" })).toEqual(["vrede"]);
    expect(await headwords(anna, { query: "diaeresis" })).toEqual(["schreef"]);
    expect(await headwords(anna, { query: "SCHREEF" })).toEqual(["schreef"]);
    expect(await headwords(anna, { query: "oekraine", status: "known" })).toEqual([]);
    expect(await headwords(anna, { query: "fiets" })).toEqual([]);
    await news.save(anna, 3, "Korting");
    await news.save(anna, 4, "kost");
    expect(await headwords(anna, { query: "fiets" })).toEqual(["kost", "Korting"]);
    expect(await headwords(anna, { query: "50%" })).toEqual(["Korting"]);
    expect(await headwords(anna, { query: "50_" })).toEqual([]);
    const other = await learner("bram");
    expect(await headwords(other, { query: "oekraine" })).toEqual([]);
  });

  it("does not search a sentence's English when the item has English of its own (the row does not show it)", async () => {
    const anna = await learner("anna");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const saved = await peace.save(anna, 0, "vrede");
    await db.vocabularyItem.update({ where: { id: saved.itemId }, data: { english: "peace" } });
    expect(await headwords(anna, { query: "fragile" })).toEqual([]);
    expect(await headwords(anna, { query: "peace" })).toEqual(["vrede"]);
    await peace.save(anna, 0, "is broos");
    expect(await headwords(anna, { query: "fragile" })).toEqual(["is broos"]);
  });
});

describe("the search's LIKE patterns in the database", () => {
  const texts = [
    "De Oekraïense president Zelenski gaf op Twitter aan dat het gesprek met Biden de “bijzondere aard” aantoont.",
    "Volgens Zelenski besprak hij met Biden de acties van Oekraïne, de VS en partners.",
    "Oekrai\u0308ne en Belgie\u0308 (ontleed geschreven), ideeën, geëscaleerd, één café-crème.",
    "'s Avonds at hij ĳs; auto’s van Škoda en Dvořák, 5 \u212ag en \u017fla, niño, façade, Ærø.",
    "Tabs\tand\u00a0no-break spaces, 50% korting_op \\pad\\ — „citaat”, ‘enkel’.",
  ].flatMap((text) => [text, text.normalize("NFD")]);

  /** A few thousand searches cut from the texts, each also without accents, in capitals and decomposed. */
  function searches(): string[] {
    let seed = 7;
    const random = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const cuts = Array.from({ length: 1500 }, () => {
      const text = texts[random(texts.length)]!;
      const start = random(text.length);
      return text.slice(start, start + 1 + random(14));
    });
    return cuts.flatMap((cut) => [cut, foldSearch(cut), cut.toUpperCase(), cut.normalize("NFD")]);
  }

  it("lets through every text the search finds, and finds every text that holds the search as typed", async () => {
    const pairs = searches().flatMap((query) => {
      const search = accentInsensitiveSearch(query);
      return search ? texts.map((text) => [text, search.like, search.contains, search.regex.test(text) ? 1 : 0]) : [];
    });
    expect(pairs.filter(([, , , found]) => found).length).toBeGreaterThan(5000);
    const [text, like, contains] = [Prisma.sql`(value ->> 0)`, Prisma.sql`(value ->> 1)`, Prisma.sql`(value ->> 2)`];
    const found = Prisma.sql`CAST(value ->> 3 AS INTEGER) = 1`;
    const wrong = await db.$queryRaw<{ text: string; like: string }[]>`
      SELECT ${text} AS "text", ${like} AS "like", ${contains} AS "contains" FROM ${jsonRows(JSON.stringify(pairs))}
      WHERE (${found} AND NOT (${mayMatch(text, like)})) OR (NOT ${found} AND (${surelyMatches(text, contains)}))`;
    expect(wrong).toEqual([]);
  });
});

describe("deleting with undo", () => {
  it("deletes the item with its sentences, card and reviews, and undo brings all of it back exactly", async () => {
    const anna = await learner("anna");
    const news = await lesson("Nieuws", [
      ["De vrede is broos.", "Peace is fragile."],
      ["Iedereen wil vrede.", "Everyone wants peace."],
    ]);
    const saved = await news.save(anna, 0, "vrede");
    await news.save(anna, 1, "vrede");
    await reviewGood(anna, saved.itemId, new Date("2026-12-01T10:00:00Z"));
    await reviewGood(anna, saved.itemId, new Date("2026-12-01T10:05:00Z"));
    const before = await itemRows(saved.itemId);
    expect(before.contexts).toHaveLength(2);
    expect(before.logs).toHaveLength(2);

    const deleted = await deleteVocabularyItem(anna, saved.itemId);
    expect(deleted.headword).toBe("vrede");
    expect(await itemRows(saved.itemId)).toEqual({ item: null, contexts: [], card: null, logs: [] });
    expect(await statusOf(anna, "vrede")).toBe("new");
    expect(await headwords(anna)).toEqual([]);

    expect(await restoreDeletedVocabulary(anna, deleted.snapshotId)).toEqual({ headword: "vrede" });
    expect(await itemRows(saved.itemId)).toEqual(before);
    expect(await statusOf(anna, "vrede")).toBe("learning");
    expect(await headwords(anna)).toEqual(["vrede"]);
    expect(await db.deletedVocabulary.count()).toBe(0);
    await expect(restoreDeletedVocabulary(anna, deleted.snapshotId)).rejects.toMatchObject({ code: "not-found" });
  });

  it("keeps a known word known, and brings back the status the word had", async () => {
    const anna = await learner("anna");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const saved = await peace.save(anna, 0, "vrede");
    await setVocabularyStatuses(anna, [saved.itemId], "known");
    const deleted = await deleteVocabularyItem(anna, saved.itemId);
    expect(await statusOf(anna, "vrede")).toBe("known");
    await restoreDeletedVocabulary(anna, deleted.snapshotId);
    expect(await statusOf(anna, "vrede")).toBe("known");
  });

  it("lets only the owner delete and undo", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const saved = await peace.save(anna, 0, "vrede");
    await expect(deleteVocabularyItem(bram, saved.itemId)).rejects.toMatchObject({ code: "not-found" });
    const deleted = await deleteVocabularyItem(anna, saved.itemId);
    await expect(restoreDeletedVocabulary(bram, deleted.snapshotId)).rejects.toMatchObject({ code: "not-found" });
    expect(await db.vocabularyItem.count()).toBe(0);
    expect(await db.deletedVocabulary.count()).toBe(1);
  });

  it("brings a sentence back without its lesson when the lesson was deleted in between", async () => {
    const anna = await learner("anna");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const saved = await peace.save(anna, 0, "vrede");
    const deleted = await deleteVocabularyItem(anna, saved.itemId);
    await db.lesson.delete({ where: { id: peace.id } });
    await restoreDeletedVocabulary(anna, deleted.snapshotId);
    const [item] = (await listVocabularyPage(anna, { query: "", page: 1 })).items;
    expect(item!.contexts).toEqual([
      expect.objectContaining({ sentence: "De vrede is broos.", lessonId: null, paragraphId: peace.paragraphId }),
    ]);
  });

  it("has nothing to undo when the word was saved again in between, and keeps the new item", async () => {
    const anna = await learner("anna");
    const peace = await lesson("Vrede", [["De vrede is broos.", "Peace is fragile."]]);
    const saved = await peace.save(anna, 0, "vrede");
    const deleted = await deleteVocabularyItem(anna, saved.itemId);
    const again = await peace.save(anna, 0, "vrede");
    await expect(restoreDeletedVocabulary(anna, deleted.snapshotId)).rejects.toMatchObject({
      code: "nothing-to-undo",
    });
    expect((await listVocabularyPage(anna, { query: "", page: 1 })).items.map((item) => item.id)).toEqual([
      again.itemId,
    ]);
  });

  it("keeps snapshots for a day: an older one cannot be undone and is purged by the next deletion", async () => {
    const anna = await learner("anna");
    const news = await lesson("Nieuws", [["De vrede is broos.", "Peace is fragile."]]);
    const vrede = await news.save(anna, 0, "vrede");
    const broos = await news.save(anna, 0, "broos");
    const dayAndMinute = 24 * 60 * 60 * 1000 + 60_000;
    const old = await deleteVocabularyItem(anna, vrede.itemId, new Date(Date.now() - dayAndMinute));
    await expect(restoreDeletedVocabulary(anna, old.snapshotId)).rejects.toMatchObject({ code: "not-found" });
    const recent = await deleteVocabularyItem(anna, broos.itemId);
    expect(await db.deletedVocabulary.findMany({ select: { id: true } })).toEqual([{ id: recent.snapshotId }]);
  });
});

describe("changing statuses in bulk", () => {
  async function threeWords(user: CurrentUser) {
    const news = await lesson("Nieuws", [["De vrede is broos en stil.", "Peace is fragile and quiet."]]);
    const vrede = await news.save(user, 0, "vrede");
    const broos = await news.save(user, 0, "broos");
    const stil = await news.save(user, 0, "stil");
    return { vrede, broos, stil };
  }

  it("marks items known or ignored keeping their cards, and undo gives back the statuses they had", async () => {
    const anna = await learner("anna");
    const { vrede, broos, stil } = await threeWords(anna);
    await setVocabularyStatuses(anna, [stil.itemId], "ignored");
    await reviewGood(anna, vrede.itemId, new Date("2026-12-01T10:00:00Z"));
    const cards = await db.reviewCard.findMany({ orderBy: { itemId: "asc" } });

    const previous = await setVocabularyStatuses(anna, [vrede.itemId, broos.itemId, stil.itemId], "known");
    expect(previous).toEqual(
      expect.arrayContaining([
        { itemId: vrede.itemId, status: "learning" },
        { itemId: broos.itemId, status: "learning" },
        { itemId: stil.itemId, status: "ignored" },
      ]),
    );
    expect(await headwords(anna, { status: "known" })).toEqual(["stil", "broos", "vrede"]);
    expect(await db.reviewCard.findMany({ orderBy: { itemId: "asc" } })).toEqual(cards);

    await restoreVocabularyStatuses(anna, previous);
    expect(await headwords(anna, { status: "learning" })).toEqual(["broos", "vrede"]);
    expect(await headwords(anna, { status: "ignored" })).toEqual(["stil"]);
    expect(await db.reviewCard.findMany({ orderBy: { itemId: "asc" } })).toEqual(cards);
  });

  it("reports only what changed, and logs each change for the charts", async () => {
    const anna = await learner("anna");
    const { vrede, broos } = await threeWords(anna);
    const changesBefore = await db.wordStatusChange.count({ where: { userId: anna.id } });
    await setVocabularyStatuses(anna, [vrede.itemId], "known");
    expect(await setVocabularyStatuses(anna, [vrede.itemId, broos.itemId], "known")).toEqual([
      { itemId: broos.itemId, status: "learning" },
    ]);
    expect(await db.wordStatusChange.count({ where: { userId: anna.id } })).toBe(changesBefore + 2);
  });

  it("gives an item without a card a new one when it is set to learning", async () => {
    const anna = await learner("anna");
    const { vrede } = await threeWords(anna);
    const imported = await db.vocabularyItem.create({ data: { userId: anna.id, key: "fiets", headword: "fiets" } });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { itemId: vrede.itemId } });

    await setVocabularyStatuses(anna, [imported.id, vrede.itemId], "learning");
    expect(await db.reviewCard.findUnique({ where: { itemId: imported.id } })).toMatchObject({ state: 0, reps: 0 });
    expect(await db.reviewCard.findUniqueOrThrow({ where: { itemId: vrede.itemId } })).toEqual(card);
    expect(await statusOf(anna, "fiets")).toBe("learning");
  });

  it("refuses another user's item, changing nothing, and more than 200 items", async () => {
    const anna = await learner("anna");
    const bram = await learner("bram");
    const { vrede, broos } = await threeWords(anna);
    const theirs = await threeWords(bram);
    await expect(setVocabularyStatuses(anna, [vrede.itemId, theirs.vrede.itemId], "known")).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(
      restoreVocabularyStatuses(anna, [{ itemId: theirs.broos.itemId, status: "ignored" }]),
    ).rejects.toMatchObject({ code: "not-found" });
    expect(await statusOf(anna, "vrede")).toBe("learning");
    expect(await statusOf(bram, "vrede")).toBe("learning");
    expect(await statusOf(bram, "broos")).toBe("learning");

    const tooMany = Array.from({ length: 200 }, (_, i) => `missing-${i}`).concat(broos.itemId);
    await expect(setVocabularyStatuses(anna, tooMany, "known")).rejects.toMatchObject({ code: "invalid-input" });
    expect(await statusOf(anna, "broos")).toBe("learning");
  });
});
