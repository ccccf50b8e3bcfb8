import "server-only";
import { db } from "@/lib/db/client.server";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from "./password";
import { toRole, type CurrentUser } from "./roles";

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  /** What the person chose at registration; a learner's account unless they said they teach. */
  role?: "learner" | "teacher";
}

/** Creates an account. Limits and the password's strength are checked before, by register. */
export async function registerAccount(input: NewAccount): Promise<CurrentUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("email-taken");
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: input.role ?? "learner" },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ...user, role: toRole(user.role) };
  } catch (error) {
    // Two registrations racing for the same address: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("email-taken");
    throw error;
  }
}

/**
 * Checks an e-mail address and password; AppError "invalid-credentials" when either is wrong, after the same work
 * in both cases. Attempt limits are the caller's business (see signIn).
 */
export async function authenticate(email: string, password: string): Promise<CurrentUser> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid) throw new AppError("invalid-credentials");
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}
