import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireClass } from "./class-access.server";
import type { ClassDetails } from "./class-input";

/**
 * Changes a class's name, level, description and size limit. A limit below the current number of learners keeps
 * them all; it only stops new ones joining.
 */
export async function updateClass(user: CurrentUser, classId: string, details: ClassDetails): Promise<void> {
  await requireClass(user, classId, "manage");
  await db.classroom.update({ where: { id: classId }, data: details });
}
