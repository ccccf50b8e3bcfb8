import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireClass } from "./class-access.server";
import { withFreshJoinCode } from "./fresh-join-code.server";

/**
 * Gives the class a new join code (for a code that got around too far). The old code is kept as retired, so a
 * learner typing it is told it was replaced rather than that it does not exist. Returns the new code.
 */
export async function rotateJoinCode(user: CurrentUser, classId: string): Promise<string> {
  await requireClass(user, classId, "manage");
  const { joinCode: oldCode } = await db.classroom.findUniqueOrThrow({
    where: { id: classId },
    select: { joinCode: true },
  });
  return withFreshJoinCode(async (joinCode) => {
    // Upsert: two rotations at the same moment both retire the same old code; the second must not fail on it.
    await db.$transaction([
      db.retiredJoinCode.upsert({ where: { code: oldCode }, create: { code: oldCode, classId }, update: {} }),
      db.classroom.update({ where: { id: classId }, data: { joinCode } }),
    ]);
    return joinCode;
  });
}
