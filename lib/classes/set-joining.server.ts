import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireClass } from "./class-access.server";

/** Switches joining with the class's code on or off; learners already in the class stay. */
export async function setJoining(user: CurrentUser, classId: string, enabled: boolean): Promise<void> {
  await requireClass(user, classId, "manage");
  await db.classroom.update({ where: { id: classId }, data: { joinEnabled: enabled } });
}
