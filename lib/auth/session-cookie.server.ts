import "server-only";
import { cookies, headers } from "next/headers";
import { forwardedProtoIsHttps } from "@/lib/http/forwarded-proto";
import { SESSION_COOKIE } from "./session-token";
import { createSession, deleteSession, deleteUserSessions } from "./sessions.server";
import { trustedProxies } from "./trusted-proxies";

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site form posts), Secure when the browser
 * reached the app over HTTPS, directly or through a trusted proxy (lib/http/forwarded-proto.ts); plain-HTTP
 * localhost would lose a Secure cookie. COOKIE_SECURE=true makes it Secure always, for a proxy that does not say.
 */
async function cookieOptions(expires: Date) {
  const forwardedProto = (await headers()).get("x-forwarded-proto");
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.COOKIE_SECURE === "true" || forwardedProtoIsHttps(forwardedProto, trustedProxies()),
    path: "/",
    expires,
  };
}

/** Signs this browser in with a new token; the session it had before, if any, ends. */
export async function startSession(userId: string): Promise<void> {
  const jar = await cookies();
  const { token, expiresAt } = await createSession(userId, jar.get(SESSION_COOKIE)?.value);
  jar.set(SESSION_COOKIE, token, await cookieOptions(expiresAt));
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  jar.set(SESSION_COOKIE, "", await cookieOptions(new Date(0)));
}

/** Signs the user out on every device, this browser included. */
export async function endAllSessions(userId: string): Promise<void> {
  await deleteUserSessions(userId);
  (await cookies()).set(SESSION_COOKIE, "", await cookieOptions(new Date(0)));
}
