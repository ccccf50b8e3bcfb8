import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { exportVocabulary } from "@/lib/vocabulary/export-vocabulary.server";
import { importVocabulary, previewVocabularyImport } from "@/lib/vocabulary/import-vocabulary.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { ankiTsv } from "@/lib/vocabulary/transfer/anki-tsv";
import { statusAfterImport } from "@/lib/vocabulary/transfer/import-preview";
import { vocabularyCsv } from "@/lib/vocabulary/transfer/vocabulary-csv";
import { setWordStatuses, wordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { createAlignedLesson } from "../support/lesson-factory";

async function learner(name: string) {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

const SENTENCES = [
  { source: 'De vrede is "broos" & <kwetsbaar>.', translation: "The peace is fragile." },
  { source: "Iedereen wil een huis.", translation: "Everyone wants a house." },
];

/**
 * A learner with two saved words (from a lesson, with the sentences' English), one of them with a note holding a
 * tab, a line break and markup, and two words only marked: "de" known, "twitter" ignored.
 */
async function learnerWithVocabulary(name = "anna") {
  const user = await learner(name);
  const lesson = await createAlignedLesson({
    paragraphs: [{ kind: "paragraph", language: "nl", translationSource: "human", pairs: SENTENCES }],
  });
  const at = { lessonId: lesson.id, paragraphId: lesson.paragraphs[0]!.id };
  const vrede = await saveVocabulary(user, { ...at, sentencePosition: 0, form: "vrede", wordOffset: 3 });
  await saveVocabulary(user, { ...at, sentencePosition: 1, form: "huis", wordOffset: 17 });
  await db.vocabularyItem.update({ where: { id: vrede.itemId }, data: { note: "let op:\tlidwoord\n<de>" } });
  await setWordStatuses(db, user.id, ["de"], "known");
  await setWordStatuses(db, user.id, ["twitter"], "ignored");
  return user;
}

const upload = (text: string, name = "woorden.csv") => ({ name, bytes: new TextEncoder().encode(text) });

/** Imports a file with the mapping the import suggests for it, as a learner who accepts the suggestion does. */
async function importFile(user: CurrentUser, text: string, name?: string) {
  const file = upload(text, name);
  return importVocabulary(user, file, (await previewVocabularyImport(user, file, null)).mapping);
}

/** What a learner has, independent of ids and times: items with their sentences and status, and bare statuses. */
async function vocabularyOf(user: CurrentUser) {
  const exported = await exportVocabulary(user);
  return {
    items: exported.items
      .map((item) => ({
        headword: item.headword,
        key: item.key,
        english: item.english,
        note: item.note,
        status: item.status,
        hasCard: item.card !== null,
        sentences: item.contexts.map((context) => [context.sentence, context.english]),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    statusOnly: exported.statusOnly,
  };
}

describe("the Anki export", () => {
  it("parses back: the headers, one note per item with the word in bold, escaped text, the deck and tags", async () => {
    const user = await learnerWithVocabulary();
    const tsv = ankiTsv(await exportVocabulary(user));
    expect(tsv.split("\n").slice(0, 7)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#columns:Front\tBack\tDeck\tTags\tGUID",
      "#guid column:5",
      "#deck column:3",
      "#tags column:4",
    ]);
    // Read as Anki reads it: tab-separated, quotes meaningful, `#` lines skipped. A stray quote would fail here.
    const notes = parse(tsv, { delimiter: "\t", comment: "#", comment_no_infix: true }) as string[][];
    expect(notes).toHaveLength(2);
    const [vrede, huis] = notes;
    expect(vrede!.slice(0, 4)).toEqual([
      "vrede<br><br>De <b>vrede</b> is &quot;broos&quot; &amp; &lt;kwetsbaar&gt;.",
      expect.stringMatching(/^peace.*<br><br>The peace is fragile\.<br><br>let op: lidwoord<br>&lt;de&gt;$/),
      "Leeshulp",
      "learning testles",
    ]);
    expect(huis![0]).toBe("huis<br><br>Iedereen wil een <b>huis</b>.");
  });

  it("gives each item the same guid on every export, and another learner's items other guids", async () => {
    const anna = await learnerWithVocabulary("anna");
    const bram = await learnerWithVocabulary("bram");
    const guids = async (user: CurrentUser) =>
      (parse(ankiTsv(await exportVocabulary(user)), { delimiter: "\t", comment: "#" }) as string[][]).map(
        (note) => note[4],
      );
    const first = await guids(anna);
    expect(new Set(first).size).toBe(2);
    expect(await guids(anna)).toEqual(first);
    expect((await guids(bram)).some((guid) => first.includes(guid))).toBe(false);
  });
});

describe("the CSV export", () => {
  it("parses back to every item with its status and sentence, and every word only marked known or ignored", async () => {
    const user = await learnerWithVocabulary();
    const csv = vocabularyCsv(await exportVocabulary(user));
    expect(csv.startsWith("\uFEFFword,key,status,")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.word, row.key, row.status, row.sentence, row.lesson])).toEqual([
      ["vrede", "vrede", "learning", 'De vrede is "broos" & <kwetsbaar>.', "Testles"],
      ["huis", "huis", "learning", "Iedereen wil een huis.", "Testles"],
      ["de", "de", "known", "", ""],
      ["twitter", "twitter", "ignored", "", ""],
    ]);
    expect(rows[0]).toMatchObject({
      note: "let op:\tlidwoord\n<de>",
      sentence_english: "The peace is fragile.",
      reps: "0",
    });
  });
});

describe("importing", () => {
  it("reproduces the words and statuses of a CSV export in a fresh account", async () => {
    const anna = await learnerWithVocabulary();
    const fresh = await learner("fresh");
    const summary = await importFile(fresh, vocabularyCsv(await exportVocabulary(anna)));
    expect(summary).toEqual({ added: 2, updated: 0, statusesSet: 2 });
    expect(await vocabularyOf(fresh)).toEqual(await vocabularyOf(anna));
    expect(await db.vocabularyContext.count({ where: { item: { userId: fresh.id }, lessonId: { not: null } } })).toBe(
      0,
    );
    // Each status change is logged, as for statuses set in the reader.
    expect(await db.wordStatusChange.count({ where: { userId: fresh.id } })).toBe(4);
  });

  it("imports Anki's own plain-text export as plain text, and a re-import of it changes nothing", async () => {
    const user = await learner("anna");
    const anki = [
      "#separator:tab",
      "#html:true",
      "#guid column:1",
      "#notetype column:2",
      "#deck column:3",
      "#tags column:6",
      "a1B2c3\tBasic\tNederlands\t<b>fiets</b>\tbicycle&nbsp;<br>bike &amp; more\tverkeer",
      "d4E5f6\tBasic\tNederlands\t<div>boom</div>\t<i>tree</i>\t",
      "",
    ].join("\n");
    expect(await importFile(user, anki, "Nederlands.txt")).toEqual({ added: 2, updated: 0, statusesSet: 0 });
    expect(
      (await vocabularyOf(user)).items.map(({ headword, english, status }) => [headword, english, status]),
    ).toEqual([
      ["boom", "tree", "learning"],
      ["fiets", "bicycle; bike & more", "learning"],
    ]);
    expect(await importFile(user, anki, "Nederlands.txt")).toEqual({ added: 0, updated: 0, statusesSet: 0 });
  });

  it("imports nothing at all from a file with one bad row", async () => {
    const user = await learner("anna");
    const file = "word,english,status\nfiets,bicycle,\nboom,tree,known\nhuis,house,maybe\nde,,known\n";
    await expect(importFile(user, file)).rejects.toMatchObject({ code: "import-has-errors" });
    expect((await previewVocabularyImport(user, upload(file), null)).problems).toEqual([
      { line: 4, problem: "unknown-status", status: "maybe" },
    ]);
    expect(await db.vocabularyItem.count()).toBe(0);
    expect(await db.reviewCard.count()).toBe(0);
    expect(await db.wordStatus.count()).toBe(0);
    expect(await db.wordStatusChange.count()).toBe(0);
  });

  it("merges into the words a learner has: they keep their data and gain what is missing", async () => {
    const user = await learnerWithVocabulary();
    const before = await vocabularyOf(user);
    await db.vocabularyItem.updateMany({ where: { userId: user.id, key: "huis" }, data: { english: "" } });
    const file = [
      "word,english,sentence,note,status",
      "vrede,quiet,Vrede kost moeite.,other note,",
      "Huis,house,Iedereen wil een huis.,,",
      "de,,,,known",
      "twitter,,,,known",
      "fiets,,,,ignored",
    ].join("\n");
    const preview = await previewVocabularyImport(user, upload(file), null);
    expect(preview.rows.map((row) => [row.key, row.saved, row.currentStatus, statusAfterImport(row)])).toEqual([
      ["vrede", true, "learning", "learning"],
      ["huis", true, "learning", "learning"],
      ["de", false, "known", "known"],
      ["twitter", false, "ignored", "known"],
      ["fiets", false, "new", "ignored"],
    ]);
    expect(await importFile(user, file)).toEqual({ added: 0, updated: 2, statusesSet: 2 });
    const after = await vocabularyOf(user);
    expect(after.items).toHaveLength(2);
    const vrede = after.items.find((item) => item.key === "vrede")!;
    expect(vrede).toMatchObject({ english: before.items.find((item) => item.key === "vrede")!.english });
    expect(vrede.note).toBe("let op:\tlidwoord\n<de>");
    expect(vrede.sentences.map(([sentence]) => sentence)).toEqual([SENTENCES[0]!.source, "Vrede kost moeite."]);
    const huis = after.items.find((item) => item.key === "huis")!;
    expect(huis).toMatchObject({ english: "house", sentences: [[SENTENCES[1]!.source, SENTENCES[1]!.translation]] });
    expect(after.statusOnly).toEqual([
      { key: "de", status: "known" },
      { key: "fiets", status: "ignored" },
      { key: "twitter", status: "known" },
    ]);
  });

  it("merges a re-import instead of duplicating, also when the same import is submitted twice at once", async () => {
    const user = await learner("anna");
    const file = "word,english,sentence\nfiets,bicycle,Mijn fiets is rood.\nboom,tree,\nbomen,trees,Twee bomen.\n";
    const [first, second] = await Promise.all([importFile(user, file), importFile(user, file)]);
    expect(first.added + second.added).toBe(2);
    expect(await importFile(user, file)).toEqual({ added: 0, updated: 0, statusesSet: 0 });
    expect(await db.vocabularyItem.count()).toBe(2);
    expect(await db.reviewCard.count()).toBe(2);
    expect(await db.vocabularyContext.count()).toBe(2);
    expect(await wordStatuses(db, user.id, ["fiets", "boom"])).toEqual(
      new Map([
        ["fiets", "learning"],
        ["boom", "learning"],
      ]),
    );
  });

  it("creates items for words with text, and only a status for words just marked known or ignored", async () => {
    const user = await learner("anna");
    const file = "word\tenglish\tstatus\nde\t\tknown\nfiets\tbicycle\tknown\nboom\t\t\nhet\t\tIGNORED\n";
    expect(await importFile(user, file, "woorden.tsv")).toEqual({ added: 2, updated: 0, statusesSet: 2 });
    const vocabulary = await vocabularyOf(user);
    expect(vocabulary.items.map(({ key, status, hasCard }) => [key, status, hasCard])).toEqual([
      ["boom", "learning", true],
      ["fiets", "known", true],
    ]);
    expect(vocabulary.statusOnly).toEqual([
      { key: "de", status: "known" },
      { key: "het", status: "ignored" },
    ]);
  });
});
