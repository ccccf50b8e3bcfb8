import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { isTeacher } from "@/lib/lesson-model/lesson-policy";
import type { TeacherRoleStatus } from "./teacher-role";

/** The user's teacher role as the settings page shows it. */
export async function getTeacherRole(user: CurrentUser): Promise<TeacherRoleStatus> {
  const [account, activeClasses] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { teacherRevokedAt: true } }),
    db.classTeacher.count({ where: { userId: user.id, classroom: { archivedAt: null } } }),
  ]);
  return {
    canSwitch: user.role !== "admin",
    isTeacher: isTeacher(user.role),
    revoked: account.teacherRevokedAt !== null,
    activeClasses,
  };
}
