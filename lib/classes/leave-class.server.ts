import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";

/**
 * The learner leaves a class. Their membership row goes, and with it everything the class's teachers could see
 * of their reading (classProgress reads only current members); their own vocabulary and events stay theirs.
 */
export async function leaveClass(user: CurrentUser, classId: string): Promise<void> {
  const { count } = await db.classMember.deleteMany({ where: { classId, userId: user.id } });
  if (count === 0) throw new AppError("not-found");
  await refreshClassProgress({ classId, userId: user.id });
}
