import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { newRecordId } from "@/lib/db/new-record-id";
import { jsonRows, jsonTexts, sqlTime } from "@/lib/db/sql-dialect";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { AppError } from "@/lib/errors/app-error";
import type { ColumnMapping } from "./transfer/import-mapping";
import { planImport, type PlannedSentence, type PlannedWord } from "./transfer/import-plan";
import { assertMappingFits, previewImport, type LearnerImportPreview } from "./transfer/import-preview";
import { checkRows } from "./transfer/import-rows";
import type { ImportSummary } from "./transfer/import-summary";
import { readImportFile, type ImportUpload } from "./transfer/read-import-file";
import { newCard } from "./review-scheduler";
import type { WordStatus } from "./word-status";
import { setWordStatuses, wordStatuses } from "./word-statuses.server";

/**
 * Steps 1 and 2: the file's columns, the mapping (the given one or the suggested one), the first rows it gives with
 * what the learner has of each row's word (one query for those few keys), and the problems of all rows.
 */
export async function previewVocabularyImport(
  user: CurrentUser,
  upload: ImportUpload,
  mapping: ColumnMapping | null,
): Promise<LearnerImportPreview> {
  const preview = previewImport(readImportFile(upload), mapping, getDictionary());
  const keys = [...new Set(preview.rows.map((row) => row.key))];
  const [statuses, saved] = await Promise.all([
    wordStatuses(db, user.id, keys),
    db.vocabularyItem.findMany({ where: { userId: user.id, key: { in: keys } }, select: { key: true } }),
  ]);
  const savedKeys = new Set(saved.map((item) => item.key));
  return {
    ...preview,
    rows: preview.rows.map((row) => ({
      ...row,
      saved: savedKeys.has(row.key),
      currentStatus: statuses.get(row.key) ?? "new",
    })),
  };
}

/**
 * Step 3: the file read and checked again (nothing is kept between the steps); if any row has a problem nothing
 * is imported (AppError "import-has-errors"), otherwise all of it is written in one transaction, merged per lemma
 * key: a word the learner has keeps its data and gains a missing English meaning or note and any new sentence; a
 * new word becomes an item with a review card; statuses change through setWordStatuses, so they are logged. An
 * import repeated (or submitted twice at once) changes nothing more.
 */
export async function importVocabulary(
  user: CurrentUser,
  upload: ImportUpload,
  mapping: ColumnMapping,
): Promise<ImportSummary> {
  const table = readImportFile(upload);
  assertMappingFits(table, mapping);
  const { rows, problems } = checkRows(table, mapping, getDictionary());
  if (problems.length > 0) throw new AppError("import-has-errors");
  const plan = planImport(rows);
  return writeImport(user.id, plan).catch((error: unknown) => {
    // The same import in another process created some of the same rows first (within one process the client runs
    // transactions one after the other); merged again, this one adds nothing.
    if (isUniqueViolation(error)) return writeImport(user.id, plan);
    throw error;
  });
}

/** Thousands of rows take well under a second; Prisma's default of 5 seconds leaves a slow disk too little room. */
const TRANSACTION_TIMEOUT_MS = 30_000;

type ExistingItem = { id: string; key: string; english: string; note: string };

async function writeImport(userId: string, plan: readonly PlannedWord[]): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      const now = new Date();
      const keys = JSON.stringify(plan.map((word) => word.key));
      const existing = new Map(
        (
          await tx.$queryRaw<ExistingItem[]>`
            SELECT "id", "key", "english", "note" FROM "VocabularyItem"
            WHERE "userId" = ${userId} AND "key" IN (SELECT value FROM ${jsonTexts(keys)})`
        ).map((item) => [item.key, item]),
      );
      const added = await addItems(
        tx,
        userId,
        plan.filter((word) => !existing.has(word.key) && !word.statusOnly),
        now,
      );
      const updated = await updateItems(tx, plan, existing, now);

      const statusChanges = new Map<WordStatus, string[]>();
      for (const word of plan) {
        const status = added.has(word.key) ? (word.status ?? "learning") : word.status;
        if (status) statusChanges.set(status, [...(statusChanges.get(status) ?? []), word.key]);
      }
      let statusesSet = 0;
      for (const [status, statusKeys] of statusChanges) {
        const changed = await setWordStatuses(tx, userId, statusKeys, status, now);
        statusesSet += [...changed.keys()].filter((key) => !added.has(key)).length;
      }
      return { added: added.size, updated, statusesSet };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/**
 * New items, each with a new review card and its sentences, in one statement per table (a few thousand rows
 * through Prisma's createMany took seconds); returns their keys.
 */
async function addItems(
  tx: Prisma.TransactionClient,
  userId: string,
  words: readonly PlannedWord[],
  now: Date,
): Promise<Set<string>> {
  const at = sqlTime(now);
  const items = words.map((word) => ({ id: newRecordId(), word }));
  const rows = JSON.stringify(items.map(({ id, word }) => [id, word.key, word.headword, word.english, word.note]));
  await tx.$executeRaw`
    INSERT INTO "VocabularyItem" ("id", "userId", "key", "headword", "english", "note", "createdAt", "updatedAt")
    SELECT value ->> 0, ${userId}, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ${at}, ${at}
    FROM ${jsonRows(rows)}`;
  const card = newCard(now);
  const lastReview = card.lastReview ? sqlTime(card.lastReview) : null;
  await tx.$executeRaw`
    INSERT INTO "ReviewCard" ("itemId", "userId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT value, ${userId}, ${sqlTime(card.due)}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays},
      ${card.scheduledDays}, ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${lastReview}
    FROM ${jsonTexts(JSON.stringify(items.map(({ id }) => id)))}`;
  await addSentences(
    tx,
    items.flatMap(({ id, word }) => word.sentences.map((sentence) => ({ itemId: id, ...sentence }))),
    at,
  );
  return new Set(words.map((word) => word.key));
}

/** Sentences met outside any lesson (so with no lesson or place), in one statement. */
async function addSentences(
  tx: Prisma.TransactionClient,
  sentences: readonly (PlannedSentence & { itemId: string })[],
  at: Prisma.Sql,
): Promise<void> {
  if (sentences.length === 0) return;
  const rows = JSON.stringify(sentences.map((s) => [newRecordId(), s.itemId, s.form, s.sentence, s.english]));
  await tx.$executeRaw`
    INSERT INTO "VocabularyContext" ("id", "itemId", "form", "sentence", "english", "createdAt")
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ${at} FROM ${jsonRows(rows)}`;
}

/** Existing items gain a missing English meaning or note and the sentences they lack; returns how many changed. */
async function updateItems(
  tx: Prisma.TransactionClient,
  plan: readonly PlannedWord[],
  existing: ReadonlyMap<string, ExistingItem>,
  now: Date,
): Promise<number> {
  const itemIds = JSON.stringify([...existing.values()].map((item) => item.id));
  const known = new Set(
    (
      await tx.$queryRaw<{ itemId: string; sentence: string }[]>`
        SELECT "itemId", "sentence" FROM "VocabularyContext"
        WHERE "itemId" IN (SELECT value FROM ${jsonTexts(itemIds)})`
    ).map(({ itemId, sentence }) => `${itemId}\n${sentence}`),
  );
  let updated = 0;
  const newSentences: (PlannedSentence & { itemId: string })[] = [];
  for (const word of plan) {
    const item = existing.get(word.key);
    if (!item) continue;
    const data = {
      ...(item.english === "" && word.english !== "" ? { english: word.english } : {}),
      ...(item.note === "" && word.note !== "" ? { note: word.note } : {}),
    };
    const sentences = word.sentences.filter(({ sentence }) => !known.has(`${item.id}\n${sentence}`));
    if (Object.keys(data).length === 0 && sentences.length === 0) continue;
    if (Object.keys(data).length > 0) await tx.vocabularyItem.update({ where: { id: item.id }, data });
    newSentences.push(...sentences.map((sentence) => ({ itemId: item.id, ...sentence })));
    updated++;
  }
  await addSentences(tx, newSentences, sqlTime(now));
  return updated;
}
