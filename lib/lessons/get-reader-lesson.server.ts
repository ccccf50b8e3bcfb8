import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { compileGlossary, findTerms } from "@/lib/glossary/find-terms";
import { glossaryWordKeys } from "@/lib/glossary/glossary-word-keys.server";
import { separableVerbKeys } from "@/lib/glossary/separable-verb-keys";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { annotateParagraph } from "@/lib/language/annotate";
import { canReadLesson } from "./lesson-policy";
import { toReaderParagraph, type ReaderParagraph } from "./reader-view";

export interface ReaderGlossaryTerm {
  id: string;
  term: string;
  english: string;
  note: string;
}

export interface ReaderLesson {
  id: string;
  ownerId: string | null;
  title: string;
  titleEnglish: string;
  level: string;
  wordCount: number;
  paragraphs: ReaderParagraph[];
  glossary: ReaderGlossaryTerm[];
}

/**
 * Built reader views by lesson id, with the lesson's updatedAt they were built from. Building one (glossary
 * matching over every paragraph) costs far more than the single-row query that checks it is still current.
 * Anything that changes a lesson's paragraphs or glossary must bump Lesson.updatedAt.
 */
const views = new Map<string, { updatedAt: number; view: ReaderLesson }>();
const MAX_CACHED_VIEWS = 200;

async function buildView(lessonId: string): Promise<ReaderLesson | null> {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      ownerId: true,
      title: true,
      titleEnglish: true,
      level: true,
      wordCount: true,
      paragraphs: { orderBy: { position: "asc" }, include: { sentences: true } },
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
  return {
    id: lesson.id,
    ownerId: lesson.ownerId,
    title: lesson.title,
    titleEnglish: lesson.titleEnglish,
    level: lesson.level,
    wordCount: lesson.wordCount,
    paragraphs: lesson.paragraphs.map((paragraph) => {
      if (paragraph.language !== "nl") return toReaderParagraph(paragraph, []);
      const verbs = separableVerbKeys(annotateParagraph(paragraph.sourceText, dictionary, "nl"));
      return toReaderParagraph(paragraph, findTerms(paragraph.sourceText, index, words, verbs));
    }),
    glossary: lesson.glossary.map(({ id, term, english, note }) => ({ id, term, english, note })),
  };
}

function parseVariants(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

async function cachedView(lessonId: string, updatedAt: Date): Promise<ReaderLesson | null> {
  const cached = views.get(lessonId);
  if (cached && cached.updatedAt === updatedAt.getTime()) return cached.view;
  const view = await buildView(lessonId);
  if (!view) return null;
  if (views.size >= MAX_CACHED_VIEWS) views.delete(views.keys().next().value!);
  views.set(lessonId, { updatedAt: updatedAt.getTime(), view });
  return view;
}

export type PublicReaderLesson = { kind: "public"; lesson: ReaderLesson } | { kind: "private" } | { kind: "missing" };

/** A lesson for the shared, cacheable reader page: only public lessons are given; it depends on no user. */
export async function getPublicReaderLesson(lessonId: string): Promise<PublicReaderLesson> {
  const facts = await db.lesson.findUnique({ where: { id: lessonId }, select: { visibility: true, updatedAt: true } });
  if (!facts) return { kind: "missing" };
  if (facts.visibility !== "public") return { kind: "private" };
  const lesson = await cachedView(lessonId, facts.updatedAt);
  return lesson ? { kind: "public", lesson } : { kind: "missing" };
}

/** The lesson as the reader shows it, or null when it does not exist or this user may not read it. */
export async function getReaderLesson(lessonId: string, user: CurrentUser | null): Promise<ReaderLesson | null> {
  const facts = await db.lesson.findUnique({
    where: { id: lessonId },
    select: { ownerId: true, visibility: true, updatedAt: true },
  });
  if (!facts || !canReadLesson(facts, user)) return null;
  return cachedView(lessonId, facts.updatedAt);
}
