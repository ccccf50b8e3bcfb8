import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "./session-token";
import { createSession, deleteSession } from "./sessions.server";

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

export async function startSession(userId: string): Promise<void> {
  const { token, expiresAt } = await createSession(userId);
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions(expiresAt));
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  jar.set(SESSION_COOKIE, "", cookieOptions(new Date(0)));
}
