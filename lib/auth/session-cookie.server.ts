import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "./session-token";
import { createSession, deleteSession, deleteUserSessions } from "./sessions.server";

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site form posts), Secure when the app is
 * served over HTTPS (COOKIE_SECURE=true; plain-http localhost would otherwise lose the cookie).
 */
function cookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.COOKIE_SECURE === "true",
    path: "/",
    expires,
  };
}

/** Signs this browser in with a new token; the session it had before, if any, ends. */
export async function startSession(userId: string): Promise<void> {
  const jar = await cookies();
  const { token, expiresAt } = await createSession(userId, jar.get(SESSION_COOKIE)?.value);
  jar.set(SESSION_COOKIE, token, cookieOptions(expiresAt));
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  jar.set(SESSION_COOKIE, "", cookieOptions(new Date(0)));
}

/** Signs the user out on every device, this browser included. */
export async function endAllSessions(userId: string): Promise<void> {
  await deleteUserSessions(userId);
  (await cookies()).set(SESSION_COOKIE, "", cookieOptions(new Date(0)));
}
