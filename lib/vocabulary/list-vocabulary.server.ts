import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { jsonArray, jsonArrayOf, parsedJson } from "@/lib/db/sql-dialect";
import { accentInsensitiveSearch, type AccentInsensitiveSearch } from "./accent-insensitive-search";
import { pageWindow, type PageWindow } from "./page-window";
import { mayMatch, surelyMatches } from "./search-patterns-sql.server";
import type { VocabularyEntry } from "./vocabulary-entry";
import type { VocabularyListParams } from "./vocabulary-list-params";
import { wordStatuses } from "./word-statuses.server";

export const VOCABULARY_PAGE_SIZE = 50;

export interface VocabularyPage extends PageWindow {
  items: VocabularyEntry[];
}

/** The user's items that pass the status and lesson filters, as SQL conditions on `i` (VocabularyItem). */
function filteredItems(user: CurrentUser, { status, lesson }: VocabularyListParams) {
  return Prisma.sql`i."userId" = ${user.id}
    ${
      status
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "WordStatus" AS w
            WHERE w."userId" = i."userId" AND w."key" = i."key" AND w."status" = ${status})`
        : Prisma.empty
    }
    ${
      lesson
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "VocabularyContext" AS c WHERE c."itemId" = i."id" AND c."lessonId" = ${lesson})`
        : Prisma.empty
    }`;
}

/** Without a search, SQL pages through the filtered items itself. */
async function pageOfFiltered(user: CurrentUser, params: VocabularyListParams) {
  const where = filteredItems(user, params);
  const [row] = await db.$queryRaw<{ total: bigint | number }[]>`
    SELECT count(*) AS "total" FROM "VocabularyItem" AS i WHERE ${where}`;
  const window = pageWindow(Number(row?.total ?? 0), params.page, VOCABULARY_PAGE_SIZE);
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "VocabularyItem" AS i WHERE ${where}
    ORDER BY i."createdAt" DESC, i."id" DESC LIMIT ${VOCABULARY_PAGE_SIZE} OFFSET ${window.skip}`;
  return { window, ids: ids.map((item) => item.id) };
}

/** The row shows its sentences' English (see showsSentenceEnglish, which this repeats), so the search looks there. */
const SHOWS_SENTENCE_ENGLISH = Prisma.sql`(trim(i."english", ${" \t\n\r"}) = '' OR trim(i."headword") LIKE '% %')`;

/** [id, createdAt] of an item, and the texts of it that SQL let through; none when it found the item for sure. */
type Candidate = [id: string, createdAt: string, ...texts: string[]];

/**
 * Newest first, then by id, as the SQL of `pageOfFiltered` orders. The timestamps are ISO text in JSON, compared as
 * text: SQLite's as stored; PostgreSQL's drop the trailing zeros of the seconds' fraction ("…T10:00:00.1"), which
 * keeps their text order that of time.
 */
function newestFirst([idA, createdA]: Candidate, [idB, createdB]: Candidate): number {
  if (createdA !== createdB) return createdA < createdB ? 1 : -1;
  return idA < idB ? 1 : idA > idB ? -1 : 0;
}

/**
 * With a search, SQL lets through the words, English and sentences that meet the search's LIKE pattern (a necessary
 * condition, see accentInsensitiveSearch and mayMatch) and JavaScript keeps those its expression finds, as neither
 * database ignores accents; a text that holds the search as typed is found for sure, and comes without its text. The
 * candidates come as JSON arrays, one row each: one row of text costs far less than thousands of rows. A sentence's
 * English is searched where the row shows it, so every match is one the learner can see.
 */
async function pageOfSearch(user: CurrentUser, params: VocabularyListParams, search: AccentInsensitiveSearch) {
  const where = filteredItems(user, params);
  const any = (test: typeof mayMatch, pattern: string, texts: Prisma.Sql[]) =>
    Prisma.join(
      texts.map((text) => test(text, Prisma.sql`${pattern}`)),
      " OR ",
    );
  const itemTexts = [Prisma.sql`i."headword"`, Prisma.sql`i."english"`, Prisma.sql`i."key"`];
  const sentence = Prisma.sql`c."sentence"`;
  const english = Prisma.sql`CASE WHEN ${SHOWS_SENTENCE_ENGLISH} THEN c."english" ELSE '' END`;
  const idAndTime = [Prisma.sql`i."id"`, Prisma.sql`i."createdAt"`];
  const [row] = await db.$queryRaw<{ items: string | Candidate[]; sentences: string | Candidate[] }[]>`
    SELECT
      (SELECT ${jsonArrayOf(Prisma.sql`CASE WHEN ${any(surelyMatches, search.contains, itemTexts)}
          THEN ${jsonArray(...idAndTime)} ELSE ${jsonArray(...idAndTime, ...itemTexts)} END`)}
        FROM "VocabularyItem" AS i WHERE ${where} AND (${any(mayMatch, search.like, itemTexts)})) AS "items",
      (SELECT ${jsonArrayOf(Prisma.sql`CASE WHEN ${any(surelyMatches, search.contains, [sentence, english])}
          THEN ${jsonArray(...idAndTime)} ELSE ${jsonArray(...idAndTime, sentence, english)} END`)}
        FROM "VocabularyItem" AS i JOIN "VocabularyContext" AS c ON c."itemId" = i."id"
        WHERE ${where} AND (${any(mayMatch, search.like, [sentence, english])})) AS "sentences"`;
  // The shapes are the SQL's own JSON arrays of NOT NULL text columns.
  const candidates = [...parsedJson(row?.items ?? []), ...parsedJson(row?.sentences ?? [])];
  const matching = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const [id, , ...texts] = candidate;
    const found = texts.length === 0 || texts.some((text) => search.regex.test(text));
    if (found && !matching.has(id)) matching.set(id, candidate);
  }
  const ids = [...matching.values()].sort(newestFirst).map(([id]) => id);
  const window = pageWindow(ids.length, params.page, VOCABULARY_PAGE_SIZE);
  return { window, ids: ids.slice(window.skip, window.skip + VOCABULARY_PAGE_SIZE) };
}

/** The items of `ids`, in that order, with their sentences (each with its lesson's title) and statuses. */
async function entriesOf(user: CurrentUser, ids: readonly string[]): Promise<VocabularyEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db.vocabularyItem.findMany({
    where: { id: { in: [...ids] }, userId: user.id },
    select: {
      id: true,
      key: true,
      headword: true,
      english: true,
      note: true,
      createdAt: true,
      contexts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          form: true,
          sentence: true,
          english: true,
          lessonId: true,
          paragraphId: true,
          sentencePosition: true,
          lesson: { select: { title: true } },
        },
      },
    },
  });
  const statuses = await wordStatuses(
    db,
    user.id,
    rows.map((row) => row.key),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...row,
        status: statuses.get(row.key) ?? "new",
        contexts: row.contexts.map(({ lesson, ...context }) => ({ ...context, lessonTitle: lesson?.title ?? null })),
      },
    ];
  });
}

/**
 * One page of the user's items, newest first, filtered by status, lesson and a search of their word, English and
 * sentences that ignores case and accents ("oekraine" finds "Oekraïne", and the other way round). Items saved in the
 * same millisecond are ordered by id, so that every item lands on exactly one page. A page past the end is
 * answered with the last page (see `pageWindow`).
 */
export async function listVocabularyPage(user: CurrentUser, params: VocabularyListParams): Promise<VocabularyPage> {
  const search = accentInsensitiveSearch(params.query);
  const { window, ids } = search ? await pageOfSearch(user, params, search) : await pageOfFiltered(user, params);
  return { ...window, items: await entriesOf(user, ids) };
}

/** The lessons the user has saved words from (still existing), by title: the choices of the lesson filter. */
export async function lessonsSavedFrom(user: CurrentUser): Promise<{ id: string; title: string }[]> {
  return db.$queryRaw<{ id: string; title: string }[]>`
    SELECT l."id", l."title" FROM "Lesson" AS l
    WHERE l."id" IN (
      SELECT c."lessonId" FROM "VocabularyItem" AS i JOIN "VocabularyContext" AS c ON c."itemId" = i."id"
      WHERE i."userId" = ${user.id})
    ORDER BY lower(l."title"), l."id"`;
}
