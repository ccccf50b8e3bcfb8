import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { ankiGuid } from "@/lib/vocabulary/transfer/anki-guid";
import { setWordStatuses, wordStatuses } from "@/lib/vocabulary/word-statuses.server";
import { TRANSFER_LIMITS } from "@/lib/vocabulary/transfer/transfer-limits";
import { cookieJar } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/vocabulary-import");
const ankiRoute = await import("@/app/api/me/vocabulary/anki/route");
const csvRoute = await import("@/app/api/me/vocabulary/csv/route");

beforeEach(() => cookieJar.clear());

/** A learner with one saved word (with its English) and one word marked known. */
async function learner(name: string, word: string, english: string, known: string) {
  const user = await registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
  await db.vocabularyItem.create({
    data: {
      userId: user.id,
      key: word,
      headword: word,
      english,
      contexts: { create: { form: word, sentence: `Een ${word}.` } },
    },
  });
  await setWordStatuses(db, user.id, [word], "learning");
  await setWordStatuses(db, user.id, [known], "known");
  return user;
}

const MAPPING = { word: 0, english: 1, status: 2, sentence: null, sentenceEnglish: null, note: null, key: null };

function importForm(text: string, mapping: object | null = MAPPING, name = "woorden.csv") {
  const form = new FormData();
  form.set("file", new File([text], name, { type: "text/csv" }));
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  return form;
}

async function vocabularyRows(user: CurrentUser) {
  return db.vocabularyItem.findMany({
    where: { userId: user.id },
    orderBy: { key: "asc" },
    select: { key: true, english: true, contexts: { select: { sentence: true } } },
  });
}

describe('"vocabulary-import.previewVocabularyImportAction"', () => {
  it("refuses a signed-out caller, and reads nothing of any account", async () => {
    await signInAs(null);
    expect(await actions.previewVocabularyImportAction(importForm("word\nhuis\n", null))).toEqual({
      ok: false,
      error: "unauthenticated",
    });
  });

  it("answers a signed-in caller with the file's columns and rows, and bad input with a code", async () => {
    const anna = await learner("anna", "fiets", "bicycle", "de");
    await signInAs(anna);
    const result = await actions.previewVocabularyImportAction(importForm("word,english\nhuis,house\n", null));
    expect(result).toMatchObject({ ok: true, data: { rowCount: 1, mapping: { word: 0, english: 1 } } });
    expect(await actions.previewVocabularyImportAction("not a form")).toEqual({ ok: false, error: "invalid-input" });
    const tooLarge = "x".repeat(TRANSFER_LIMITS.maxFileBytes + 1);
    expect(await actions.previewVocabularyImportAction(importForm(tooLarge, null))).toEqual({
      ok: false,
      error: "file-too-large",
    });
    expect(await actions.previewVocabularyImportAction(importForm("a", null, "woorden.xlsx"))).toEqual({
      ok: false,
      error: "unsupported-file",
    });
    for (const mapping of [{ ...MAPPING, word: 50 }, { word: "0" }, "[]"]) {
      expect(await actions.previewVocabularyImportAction(importForm("huis\n", mapping as object))).toEqual({
        ok: false,
        error: "invalid-input",
      });
    }
  });
});

describe('"vocabulary-import.importVocabularyAction"', () => {
  it("refuses a signed-out caller and writes nothing", async () => {
    await signInAs(null);
    expect(await actions.importVocabularyAction(importForm("huis,house,known\n"))).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await db.vocabularyItem.count()).toBe(0);
    expect(await db.wordStatus.count()).toBe(0);
  });

  it("writes only into the caller's own vocabulary, and merges only with the caller's own words", async () => {
    const anna = await learner("anna", "fiets", "bicycle", "de");
    const bram = await learner("bram", "boom", "tree", "het");
    const bramBefore = {
      rows: await vocabularyRows(bram),
      statuses: await db.wordStatus.findMany({ where: { userId: bram.id } }),
    };
    await signInAs(anna);
    const result = await actions.importVocabularyAction(importForm("boom,oak,\nfiets,bike,\nhet,,known\n"));
    expect(result).toEqual({ ok: true, data: { added: 1, updated: 0, statusesSet: 1 } });
    expect((await vocabularyRows(anna)).map((row) => [row.key, row.english])).toEqual([
      ["boom", "oak"],
      ["fiets", "bicycle"],
    ]);
    expect(await wordStatuses(db, anna.id, ["het"])).toEqual(new Map([["het", "known"]]));
    expect({
      rows: await vocabularyRows(bram),
      statuses: await db.wordStatus.findMany({ where: { userId: bram.id } }),
    }).toEqual(bramBefore);
  });

  it("needs a mapping with a word column, and imports nothing from a file with a bad row", async () => {
    const anna = await learner("anna", "fiets", "bicycle", "de");
    await signInAs(anna);
    expect(await actions.importVocabularyAction(importForm("huis\n", null))).toEqual({
      ok: false,
      error: "invalid-input",
    });
    expect(await actions.importVocabularyAction(importForm("huis\n", { ...MAPPING, word: null }))).toEqual({
      ok: false,
      error: "import-no-word-column",
    });
    expect(await actions.importVocabularyAction(importForm("huis,house,\nboom,tree,maybe\n"))).toEqual({
      ok: false,
      error: "import-has-errors",
    });
    expect(await db.vocabularyItem.count({ where: { userId: anna.id } })).toBe(1);
  });
});

describe("api/me/vocabulary/anki and api/me/vocabulary/csv", () => {
  it("are 401 signed out", async () => {
    await signInAs(null);
    for (const route of [ankiRoute, csvRoute]) {
      const response = await route.GET();
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthenticated" });
    }
  });

  it("give each caller a private download of their own words only", async () => {
    const anna = await learner("anna", "fiets", "bicycle", "de");
    const bram = await learner("bram", "boom", "tree", "het");
    await signInAs(anna);
    const anki = await ankiRoute.GET();
    expect(anki.headers.get("content-disposition")).toMatch(
      /^attachment; filename="leeshulp-anki-\d{4}-\d\d-\d\d\.txt"$/,
    );
    expect(anki.headers.get("cache-control")).toContain("no-store");
    const notes = parse(await anki.text(), { delimiter: "\t", comment: "#" }) as string[][];
    expect(notes.map((note) => [note[0], note[4]])).toEqual([
      ["fiets<br><br>Een <b>fiets</b>.", ankiGuid(anna.id, "fiets")],
    ]);

    await signInAs(bram);
    const csv = await csvRoute.GET();
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="leeshulp-vocabulary-[\d-]+\.csv"$/);
    expect(csv.headers.get("cache-control")).toContain("no-store");
    const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.word, row.status])).toEqual([
      ["boom", "learning"],
      ["het", "known"],
    ]);
  });
});
