import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { readableLessonsFilter } from "@/lib/lesson-model/lesson-policy";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";

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
    },
  });
  return lessons.map(({ ownerId, visibility, ...lesson }) => ({
    ...lesson,
    isOwn: user !== null && ownerId === user.id,
    readerPath: lessonReaderPath({ id: lesson.id, ownerId, visibility }, user?.id ?? null),
  }));
}
