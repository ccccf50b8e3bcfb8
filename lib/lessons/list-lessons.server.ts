import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { readableLessonsFilter } from "@/lib/lesson-model/lesson-policy";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";
import { lessonNewShares } from "./lesson-new-shares.server";

export interface LessonSummary {
  id: string;
  title: string;
  titleEnglish: string;
  summary: string;
  level: string;
  wordCount: number;
  isOwn: boolean;
  /** Where the user reads it, after the language prefix (see lessonReaderPath). */
  readerPath: string;
  /** For a signed-in learner: the share (0–1) of the lesson's distinct lemmas that are new to them. */
  newShare: number | null;
}

export async function listLessons(user: CurrentUser | null): Promise<LessonSummary[]> {
  const lessons = await db.lesson.findMany({
    where: readableLessonsFilter(user, new Date()),
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      titleEnglish: true,
      summary: true,
      level: true,
      wordCount: true,
      ownerId: true,
      visibility: true,
      updatedAt: true,
    },
  });
  const shares = user ? await lessonNewShares(user, lessons) : new Map<string, number>();
  return lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.title,
    titleEnglish: lesson.titleEnglish,
    summary: lesson.summary,
    level: lesson.level,
    wordCount: lesson.wordCount,
    isOwn: user !== null && lesson.ownerId === user.id,
    readerPath: lessonReaderPath(lesson, user?.id ?? null),
    newShare: shares.get(lesson.id) ?? null,
  }));
}
