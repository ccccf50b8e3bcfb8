import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText, isoTime, jsonArrayOfRows, jsonTexts, parsedJson } from "@/lib/db/sql-dialect";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { lemmaKey } from "@/lib/language/lemma-key";
import type { ReaderLesson } from "@/lib/lesson-model/reader-view";
import { DEFAULT_LEARNER_SETTINGS } from "@/lib/vocabulary/learner-settings";
import { recall } from "@/lib/vocabulary/review-scheduler";
import { sentenceWordKeys } from "@/lib/vocabulary/sentence-word-keys";
import { statusMark, type StatusMark } from "@/lib/vocabulary/status-marks";
import { toWordStatus } from "@/lib/vocabulary/word-status";
import { getReaderLesson } from "./get-reader-lesson.server";

/**
 * What the reader needs to colour one page of a lesson for one learner, sent once per page view: the page's lemma
 * keys with the learner's mark for each, and where each word (by sentence pair, as offsets into the sentence's
 * text), saved phrase and glossary term stands. The page itself stays the same for everyone (and cached); the
 * browser paints the marks over it with CSS highlights.
 */
export interface LessonWordStatuses {
  /** The learner's switch: false when they turned colours off. */
  colours: boolean;
  keys: string[];
  /** The mark of each key, by index. */
  marks: StatusMark[];
  /** Indices of the keys the learner has saved (in the vocabulary, whatever their status). */
  saved: number[];
  /** By sentence pair ("<paragraphId>:<position>"): start, end, key index, for every word. */
  words: Record<string, number[]>;
  /** The same for occurrences of phrases the learner has a status for. */
  phrases: Record<string, number[]>;
  /** Glossary term id → key index. */
  terms: Record<string, number>;
}

interface PageIndex {
  keys: string[];
  /** Each key's place in `keys`. */
  keyIndex: ReadonlyMap<string, number>;
  words: Record<string, number[]>;
  /** Where each run of 2–4 words stands, by its key: where a saved phrase would be. */
  phrases: Map<string, { pair: string; start: number; end: number }[]>;
  terms: Record<string, number>;
  /** The words' and terms' keys as the JSON list the status query takes, made once. */
  probe: string;
}

/** Built once per built page view (views are rebuilt, as new objects, when the lesson changes). */
const indexes = new WeakMap<ReaderLesson, PageIndex>();

function indexOf(view: ReaderLesson): PageIndex {
  const cached = indexes.get(view);
  if (cached) return cached;
  const dictionary = getDictionary();
  const keyIndex = new Map<string, number>();
  const indexOfKey = (key: string) => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keyIndex.size;
      keyIndex.set(key, index);
    }
    return index;
  };
  const words: Record<string, number[]> = {};
  const phrases: PageIndex["phrases"] = new Map();
  for (const paragraph of view.paragraphs) {
    if (paragraph.language !== "nl") continue;
    for (const sentence of paragraph.sentences) {
      const pair = `${paragraph.id}:${sentence.position}`;
      const keyed = sentenceWordKeys(sentence.runs.map((run) => run.text).join(""), dictionary);
      words[pair] = keyed.words.flatMap((word) => [word.start, word.end, indexOfKey(word.key)]);
      for (const { key, start, end } of keyed.phrases) {
        const places = phrases.get(key) ?? [];
        places.push({ pair, start, end });
        phrases.set(key, places);
      }
    }
  }
  const terms = Object.fromEntries(view.glossary.map((term) => [term.id, indexOfKey(lemmaKey(term.term, dictionary))]));
  const keys = [...keyIndex.keys()];
  const index = { keys, keyIndex, words, phrases, terms, probe: JSON.stringify(keys) };
  indexes.set(view, index);
  return index;
}

/** A status of the learner: key, status, saved (1/0), and for a learning word its card's state, stability, last review. */
type StatusRow = [string, string, number, number | null, number | null, string | null];

/** How surely a learning word is held now (FSRS recall, 0–1); 0 without a card. */
function held(row: StatusRow, nowMs: number): number {
  const [, , , state, stability, lastReview] = row;
  if (state === null || stability === null || lastReview === null) return 0;
  return recall(state, stability, Date.parse(lastReview), nowMs);
}

/**
 * The statuses (with the card of each learning key) of the page's keys the learner has one for, and of every phrase
 * the learner has one for (few; found through the partial index WordStatus_phrases, see migration 0005, and matched
 * to the page's runs of words here). One query. CROSS JOIN keeps the key list as the outer loop (SQLite's planner
 * would otherwise scan all the learner's statuses for every key); UNION ALL lets the phrases come from their
 * partial index (a plain UNION sorts, and walks all the learner's statuses in key order instead). A phrase that is
 * also a glossary term's key may come twice, with the same values.
 */
async function statusRows(userId: string, keys: string): Promise<{ colours: boolean; rows: StatusRow[] }> {
  // One row with one JSON text instead of a row per key (Prisma's raw results cost far more per cell than JSON.parse
  // does), and the colour switch with it (an aggregate always answers one row), so the page costs one query.
  const row = jsonArrayOfRows(
    Prisma.sql`w."key"`,
    Prisma.sql`w."status"`,
    Prisma.sql`CASE WHEN i."id" IS NULL THEN 0 ELSE 1 END`,
    Prisma.sql`c."state"`,
    Prisma.sql`c."stability"`,
    isoTime(Prisma.sql`c."lastReview"`),
  );
  const [result] = await db.$queryRaw<{ colours: number | boolean | null; rows: string | StatusRow[] }[]>`
    SELECT (SELECT "statusColours" FROM "LearnerSettings" WHERE "userId" = ${userId}) AS "colours", ${row} AS "rows"
    FROM (
      SELECT w."userId", w."key", w."status" FROM ${jsonTexts(keys)} AS k
      CROSS JOIN "WordStatus" AS w WHERE w."userId" = ${userId} AND w."key" = k.value
      UNION ALL
      SELECT "userId", "key", "status" FROM "WordStatus"
      WHERE "userId" = ${userId} AND ${containsText(Prisma.sql`"key"`, Prisma.sql`' '`)}
    ) AS w
    LEFT JOIN "VocabularyItem" AS i ON i."userId" = w."userId" AND i."key" = w."key"
    LEFT JOIN "ReviewCard" AS c ON w."status" = 'learning' AND c."itemId" = i."id"`;
  return {
    colours: Boolean(result?.colours ?? DEFAULT_LEARNER_SETTINGS.statusColours),
    rows: parsedJson(result?.rows ?? []),
  };
}

/** The learner's marks for a page of a lesson they may read; AppError "not-found" as for the page itself. */
export async function lessonWordStatuses(
  user: CurrentUser,
  lessonId: string,
  page: number,
): Promise<LessonWordStatuses> {
  const { lesson } = await getReaderLesson(lessonId, user, page);
  const index = indexOf(lesson);
  const { colours, rows } = await statusRows(user.id, index.probe);
  const now = Date.now();
  const keys = [...index.keys];
  const marks: StatusMark[] = keys.map(() => "new");
  const saved: number[] = [];
  const phrases: Record<string, number[]> = {};
  for (const row of rows) {
    const [key, status, isSaved] = row;
    let at = index.keyIndex.get(key);
    if (at === undefined) {
      // A phrase: marked where its words stand on this page (once, though it may come twice).
      const places = index.phrases.get(key);
      if (!places || keys.includes(key)) continue;
      at = keys.push(key) - 1;
      for (const place of places) (phrases[place.pair] ??= []).push(place.start, place.end, at);
    }
    marks[at] = statusMark(toWordStatus(status), held(row, now));
    if (isSaved === 1 && !saved.includes(at)) saved.push(at);
  }
  return {
    colours,
    keys,
    marks,
    saved,
    words: index.words,
    phrases,
    terms: index.terms,
  };
}
