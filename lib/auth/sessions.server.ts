import "server-only";
import { db } from "@/lib/db/client.server";
import { toRole, type CurrentUser } from "./roles";
import { newSessionToken, sessionIdFromToken, SESSION_LIFETIME_MS } from "./session-token";

/** Creates a session row and returns the token for the cookie, with its expiry. */
export async function createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await db.session.create({ data: { id: sessionIdFromToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The user a session token belongs to, or null for a missing, forged or expired token. */
export async function findSessionUser(token: string | undefined): Promise<CurrentUser | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({
    where: { id: sessionIdFromToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now()) {
    await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
    return null;
  }
  return { ...session.user, role: toRole(session.user.role) };
}

export async function deleteSession(token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
}
