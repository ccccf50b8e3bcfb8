import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { canCreateClass } from "./class-policy";
import type { TaughtClassSummary } from "./taught-class";

/** The classes the user teaches, by name: the active ones, or with `archived` only the archived ones. */
export async function listTaughtClasses(
  user: CurrentUser,
  { archived = false }: { archived?: boolean } = {},
): Promise<TaughtClassSummary[]> {
  // An account that is no longer a teacher keeps its class rows but sees none of them (see class-policy).
  if (!canCreateClass(user)) return [];
  const classes = await db.classroom.findMany({
    where: { teachers: { some: { userId: user.id } }, archivedAt: archived ? { not: null } : null },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      level: true,
      archivedAt: true,
      _count: { select: { members: true, assignments: true } },
    },
  });
  return classes.map((found) => ({
    id: found.id,
    name: found.name,
    level: found.level,
    learnerCount: found._count.members,
    assignmentCount: found._count.assignments,
    archived: found.archivedAt !== null,
  }));
}
