import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { compileGlossary, findTerms } from "@/lib/glossary/find-terms";
import { glossaryWordKeys } from "@/lib/glossary/glossary-word-keys.server";
import { separableVerbKeys } from "@/lib/glossary/separable-verb-keys";
import { termFrequencyBand } from "@/lib/glossary/term-frequency";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { annotateParagraph } from "@/lib/language/annotate";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import type { LessonAbilities } from "@/lib/lesson-model/lesson-policy";
import { readerPageStarts } from "@/lib/lesson-model/reader-pages";
import { toReaderParagraph, type ReaderLesson } from "@/lib/lesson-model/reader-view";

/**
 * Built reader pages by lesson id and page, with the lesson's updatedAt they were built from, and each lesson's page
 * boundaries. Building a page (glossary matching over its paragraphs) costs far more than the single-row query that
 * checks it is still current. Anything that changes a lesson's paragraphs or glossary must bump Lesson.updatedAt.
 */
const views = new Map<string, { updatedAt: number; view: ReaderLesson }>();
const pageBoundaries = new Map<string, { updatedAt: number; starts: number[]; end: number }>();
const MAX_CACHED = 200;

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

/** The position each page of the lesson starts at, and the position after its last paragraph. */
async function pagesOf(lessonId: string, updatedAt: Date): Promise<{ starts: number[]; end: number }> {
  let boundaries = pageBoundaries.get(lessonId);
  if (boundaries?.updatedAt !== updatedAt.getTime()) {
    const sizes = await db.$queryRaw<{ position: number; size: number }[]>`
      SELECT "position", length("sourceText") + coalesce(length("translationText"), 0) AS "size"
      FROM "Paragraph" WHERE "lessonId" = ${lessonId} ORDER BY "position"`;
    const starts = readerPageStarts(sizes.map((row) => Number(row.size))).map((index) =>
      Number(sizes[index]?.position ?? 0),
    );
    const end = sizes.length > 0 ? Number(sizes[sizes.length - 1]!.position) + 1 : 0;
    boundaries = { updatedAt: updatedAt.getTime(), starts, end };
    remember(pageBoundaries, lessonId, boundaries);
  }
  return boundaries;
}

/** The reader page (from 1) that shows the paragraph at `position`. */
export async function readerPageOf(lessonId: string, updatedAt: Date, position: number): Promise<number> {
  const { starts } = await pagesOf(lessonId, updatedAt);
  const index = starts.findLastIndex((start) => start <= position);
  return Math.max(1, index + 1);
}

async function buildView(lessonId: string, page: number, from: number, to: number, pageCount: number) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      ownerId: true,
      title: true,
      titleEnglish: true,
      level: true,
      wordCount: true,
      paragraphs: {
        where: { position: { gte: from, lt: to } },
        orderBy: { position: "asc" },
        include: { sentences: true },
      },
      glossary: {
        orderBy: { term: "asc" },
        select: { id: true, term: true, variants: true, english: true, note: true },
      },
    },
  });
  if (!lesson) return null;
  const words = glossaryWordKeys();
  const dictionary = getDictionary();
  const index = compileGlossary(
    lesson.glossary.map((term) => ({ id: term.id, term: term.term, variants: parseVariants(term.variants) })),
    words,
  );
  const view: ReaderLesson = {
    id: lesson.id,
    ownerId: lesson.ownerId,
    title: lesson.title,
    titleEnglish: lesson.titleEnglish,
    level: lesson.level,
    wordCount: lesson.wordCount,
    page,
    pageCount,
    paragraphs: lesson.paragraphs.map((paragraph) => {
      if (paragraph.language !== "nl") return toReaderParagraph(paragraph, []);
      const verbs = separableVerbKeys(annotateParagraph(paragraph.sourceText, dictionary, "nl"));
      return toReaderParagraph(paragraph, findTerms(paragraph.sourceText, index, words, verbs));
    }),
    glossary: lesson.glossary.map(({ id, term, english, note }) => ({
      id,
      term,
      english,
      note,
      frequencyBand: termFrequencyBand(term, dictionary),
    })),
  };
  return view;
}

function parseVariants(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** A page of the lesson, built or from the cache; null when the lesson or the page does not exist. */
async function cachedView(lessonId: string, updatedAt: Date, page: number): Promise<ReaderLesson | null> {
  const key = `${lessonId}/${page}`;
  const cached = views.get(key);
  if (cached && cached.updatedAt === updatedAt.getTime()) return cached.view;
  const { starts, end } = await pagesOf(lessonId, updatedAt);
  if (!Number.isInteger(page) || page < 1 || page > starts.length) return null;
  const view = await buildView(lessonId, page, starts[page - 1]!, starts[page] ?? end, starts.length);
  if (view) remember(views, key, { updatedAt: updatedAt.getTime(), view });
  return view;
}

/**
 * A page of a public lesson for the shared, cacheable reader; it depends on no user. AppError "not-found" for any
 * other lesson, as for one that does not exist: the public address of a private lesson does not reveal it exists.
 */
export async function getPublicReaderLesson(lessonId: string, page = 1): Promise<ReaderLesson> {
  const access = await requireLesson(null, lessonId, "read");
  const lesson = await cachedView(lessonId, access.lesson.updatedAt, page);
  if (!lesson) throw new AppError("not-found");
  return lesson;
}

/**
 * A page of the lesson as the reader shows it, with what this user may do with the lesson. AppError "not-found"
 * when the lesson or the page does not exist or the user may not read it.
 */
export async function getReaderLesson(
  lessonId: string,
  user: CurrentUser | null,
  page = 1,
): Promise<{ lesson: ReaderLesson; abilities: LessonAbilities }> {
  const access = await requireLesson(user, lessonId, "read");
  const lesson = await cachedView(lessonId, access.lesson.updatedAt, page);
  if (!lesson) throw new AppError("not-found");
  return { lesson, abilities: access.abilities };
}
