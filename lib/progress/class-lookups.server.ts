import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass, type ClassAccess } from "@/lib/classes/class-access.server";
import { db } from "@/lib/db/client.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { glossaryKeys, suggestGlossaryTerm, type GlossarySuggestion } from "./glossary-suggestion";

/** A word the class looked up in a lesson, grouped by its lemma key. */
export interface LookedUpWord {
  wordKey: string;
  /** The form and sentence of the latest look-up. */
  word: string;
  sentence: string;
  lookups: number;
  learners: number;
  inGlossary: boolean;
  suggestion: GlossarySuggestion;
}

export interface ClassLookups {
  classroom: ClassAccess;
  lesson: { id: string; title: string };
  /** The teacher may add terms here: they may edit the lesson and the class is not archived. */
  canAddToGlossary: boolean;
  /** They may edit the lesson (archived or not): otherwise the page offers to copy it. */
  canEditLesson: boolean;
  words: LookedUpWord[];
}

const MAX_WORDS = 50;

interface LookupRow {
  wordKey: string;
  word: string;
  sentence: string;
  lookups: bigint | number;
  learners: bigint | number;
}

/** The assigned lesson's title, or "not-found" when the lesson is not assigned to the class. */
export async function assignedLesson(classId: string, lessonId: string): Promise<{ id: string; title: string }> {
  const assignment = await db.assignment.findUnique({
    where: { classId_lessonId: { classId, lessonId } },
    select: { lesson: { select: { id: true, title: true } } },
  });
  if (!assignment) throw new AppError("not-found");
  return assignment.lesson;
}

/**
 * The words a class's current members looked up most in one assigned lesson, since each joined (the privacy rule
 * of classProgress), with the form and sentence of the latest look-up of each: the row numbered 1, newest first.
 */
async function mostLookedUp(classId: string, lessonId: string): Promise<LookupRow[]> {
  return db.$queryRaw<LookupRow[]>`
    SELECT "wordKey", MAX(CASE WHEN "newest" = 1 THEN "word" END) AS "word",
      MAX(CASE WHEN "newest" = 1 THEN "sentence" END) AS "sentence", COUNT(*) AS "lookups",
      COUNT(DISTINCT "userId") AS "learners"
    FROM (
      SELECT e."wordKey", e."word", e."sentence", e."userId",
        row_number() OVER (PARTITION BY e."wordKey" ORDER BY e."createdAt" DESC, e."id" DESC) AS "newest"
      FROM "ClassMember" m
      JOIN "ReadingEvent" e ON e."userId" = m."userId" AND e."lessonId" = ${lessonId} AND e."createdAt" >= m."joinedAt"
      WHERE m."classId" = ${classId} AND e."kind" = 'lookup' AND e."wordKey" <> ''
    ) AS "looked"
    GROUP BY "wordKey"
    ORDER BY "lookups" DESC, "learners" DESC, "wordKey"
    LIMIT ${MAX_WORDS}`;
}

/** Per assigned lesson, for the class's teachers: what learners struggled with, ready to add to the glossary. */
export async function classLookups(user: CurrentUser | null, classId: string, lessonId: string): Promise<ClassLookups> {
  const classroom = await requireClass(user, classId, "view");
  const lesson = await assignedLesson(classId, lessonId);
  const [rows, terms, canEditLesson] = await Promise.all([
    mostLookedUp(classId, lessonId),
    db.glossaryTerm.findMany({ where: { lessonId }, select: { term: true, variants: true } }),
    requireLesson(user, lessonId, "edit").then(
      () => true,
      () => false,
    ),
  ]);
  const dictionary = getDictionary();
  const covered = glossaryKeys(
    terms.map((term) => ({ term: term.term, variants: parseVariants(term.variants) })),
    dictionary,
  );
  return {
    classroom,
    lesson,
    canEditLesson,
    canAddToGlossary: canEditLesson && classroom.archivedAt === null,
    words: rows.map((row) => ({
      wordKey: row.wordKey,
      word: row.word,
      sentence: row.sentence,
      lookups: Number(row.lookups),
      learners: Number(row.learners),
      inGlossary: covered.has(row.wordKey),
      suggestion: suggestGlossaryTerm(row.word || row.wordKey, dictionary),
    })),
  };
}

function parseVariants(stored: string): string[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((value): value is string => typeof value === "string") : [];
  } catch {
    return [];
  }
}
