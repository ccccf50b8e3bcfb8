import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { readableLessonsFilter } from "@/lib/lesson-model/lesson-policy";

export interface LessonSummary {
  id: string;
  title: string;
  titleEnglish: string;
  summary: string;
  level: string;
  wordCount: number;
  isOwn: boolean;
}

export async function listLessons(user: CurrentUser | null): Promise<LessonSummary[]> {
  const lessons = await db.lesson.findMany({
    where: readableLessonsFilter(user, new Date()),
    orderBy: [{ createdAt: "asc" }],
    select: { id: true, title: true, titleEnglish: true, summary: true, level: true, wordCount: true, ownerId: true },
  });
  return lessons.map(({ ownerId, ...lesson }) => ({ ...lesson, isOwn: user !== null && ownerId === user.id }));
}
