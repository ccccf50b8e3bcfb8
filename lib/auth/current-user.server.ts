import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { AppError } from "@/lib/errors/app-error";
import type { CurrentUser } from "./roles";
import { SESSION_COOKIE } from "./session-token";
import { findSessionUser } from "./sessions.server";

/** The signed-in user of this request, or null. Looked up once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser(token);
});

/** The signed-in user, or an "unauthenticated" AppError: the first check of every protected action. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  return user;
}
