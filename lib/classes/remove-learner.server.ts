import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireClass } from "./class-access.server";

/**
 * A teacher takes a learner out of the class. Like leaving, this ends what the class sees of their reading; the
 * learner can join again with the code (and is then counted from the new join only).
 */
export async function removeLearner(user: CurrentUser, classId: string, learnerId: string): Promise<void> {
  await requireClass(user, classId, "manage");
  const { count } = await db.classMember.deleteMany({ where: { classId, userId: learnerId } });
  if (count === 0) throw new AppError("not-found");
  await refreshClassProgress({ classId, userId: learnerId });
}
