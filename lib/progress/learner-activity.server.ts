import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass, type ClassAccess } from "@/lib/classes/class-access.server";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { loadClassTable } from "./class-table.server";
import type { MemberActivity } from "./member-activity";

/** Enough to scroll back through a term's worth of look-ups without making the page heavy. */
const MAX_WORDS = 200;

/**
 * What the class's teachers see of one member, or null when the user is not (or no longer) a member. No access
 * check: callers ask first (learnerActivity for teachers, whatTeachersSee for the learner). Only lessons assigned
 * to this class and only events since the learner joined, as in classProgress.
 */
export async function memberActivity(classId: string, userId: string): Promise<MemberActivity | null> {
  const table = await loadClassTable(classId, userId);
  const row = table.rows[0];
  if (!row) return null;
  const titles = new Map(table.lessons.map((lesson) => [lesson.id, lesson.title]));
  const events = await db.readingEvent.findMany({
    where: {
      userId,
      kind: { in: ["lookup", "save"] },
      lessonId: { in: [...titles.keys()] },
      createdAt: { gte: row.learner.joinedAt },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_WORDS,
    select: { id: true, kind: true, word: true, sentence: true, lessonId: true, createdAt: true },
  });
  return {
    learner: row.learner,
    lessons: table.lessons.map((lesson, index) => ({ lesson, cell: row.cells[index]! })),
    words: events.map((event) => ({
      id: event.id,
      kind: event.kind === "save" ? "save" : "lookup",
      word: event.word,
      sentence: event.sentence,
      lessonId: event.lessonId,
      lessonTitle: titles.get(event.lessonId) ?? "",
      at: event.createdAt,
    })),
  };
}

/** One learner of a class, for its teachers; "not-found" unless the learner is a current member. */
export async function learnerActivity(
  user: CurrentUser | null,
  classId: string,
  learnerId: string,
): Promise<{ classroom: ClassAccess; activity: MemberActivity }> {
  const classroom = await requireClass(user, classId, "view");
  const activity = await memberActivity(classId, learnerId);
  if (!activity) throw new AppError("not-found");
  return { classroom, activity };
}
