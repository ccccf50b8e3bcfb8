import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireClass } from "./class-access.server";

/**
 * Archives a class: it becomes read-only, leaves its teachers' list and its learners' "My classes", its code stops
 * working and its lessons are no longer read through it. Nothing is deleted, so restoring brings it all back.
 */
export async function archiveClass(user: CurrentUser, classId: string): Promise<void> {
  await requireClass(user, classId, "manage");
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: new Date() } });
}

/** Brings an archived class back as it was. */
export async function restoreClass(user: CurrentUser, classId: string): Promise<void> {
  await requireClass(user, classId, "restore");
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: null } });
}
