import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import type { ClassDetails } from "./class-input";
import { canCreateClass } from "./class-policy";
import { withFreshJoinCode } from "./fresh-join-code.server";

/** A new class taught by its creator (a teacher account), with a fresh join code; returns its id. */
export async function createClass(user: CurrentUser, details: ClassDetails): Promise<string> {
  if (!canCreateClass(user)) throw new AppError("teacher-only");
  const created = await withFreshJoinCode((joinCode) =>
    db.classroom.create({
      data: { ...details, joinCode, teachers: { create: { userId: user.id } } },
      select: { id: true },
    }),
  );
  return created.id;
}
