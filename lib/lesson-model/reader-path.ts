import { toVisibility } from "./lesson-policy";

/**
 * Where a lesson is read, within a UI language's pages: a public lesson at its shared, cached address
 * ("/lessons/:id"), except for its owner, who reads it with their tools at "/my/lessons/:id", where every other
 * lesson (private, class) is read too, per request.
 */
export function lessonReaderPath(
  lesson: { id: string; ownerId: string | null; visibility: string },
  userId: string | null,
): string {
  const shared = toVisibility(lesson.visibility) === "public" && (userId === null || lesson.ownerId !== userId);
  return `${shared ? "" : "/my"}/lessons/${lesson.id}`;
}
