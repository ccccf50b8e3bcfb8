import type { CurrentUser } from "@/lib/auth/roles";

export interface LessonAccessFacts {
  ownerId: string | null;
  visibility: string;
}

/**
 * Who may read a lesson: everyone for public (demo) lessons, otherwise only its owner.
 * Sharing with classes comes later and will extend this one function.
 */
export function canReadLesson(lesson: LessonAccessFacts, user: Pick<CurrentUser, "id"> | null): boolean {
  if (lesson.visibility === "public") return true;
  return user !== null && lesson.ownerId === user.id;
}

/** Only a lesson's creator edits it; demo lessons (no owner) are read-only. */
export function canEditLesson(lesson: LessonAccessFacts, user: Pick<CurrentUser, "id"> | null): boolean {
  return user !== null && lesson.ownerId !== null && lesson.ownerId === user.id;
}

/** The Prisma-independent filter for "lessons this user may read", used by list queries. */
export function readableLessonsFilter(user: Pick<CurrentUser, "id"> | null) {
  return user ? { OR: [{ visibility: "public" }, { ownerId: user.id }] } : { visibility: "public" };
}
