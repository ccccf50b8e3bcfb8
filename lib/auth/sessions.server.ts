import "server-only";
import { db } from "@/lib/db/client.server";
import { toRole, type CurrentUser } from "./roles";
import { newSessionToken, sessionIdFromToken, SESSION_LIFETIME_MS } from "./session-token";

/** Sessions kept per user: the newest; signing in on a 21st device ends the oldest session. */
export const MAX_SESSIONS_PER_USER = 20;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

let lastPrunedAt = 0;

/**
 * Creates a session row and returns the token for the cookie, with its expiry. The session the browser had before
 * (`replacedToken`) ends, so a token that was seen before signing in is worth nothing after it. The user's expired
 * and surplus sessions go at the same time, and everyone's expired ones at most once an hour.
 */
export async function createSession(
  userId: string,
  replacedToken?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const id = sessionIdFromToken(token);
  await db.$transaction(async (tx) => {
    if (replacedToken) await tx.session.deleteMany({ where: { id: sessionIdFromToken(replacedToken) } });
    await tx.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
    await tx.session.create({ data: { id, userId, expiresAt } });
    // The new session is kept whatever the order of sessions created in the same millisecond.
    const surplus = await tx.session.findMany({
      where: { userId, id: { not: id } },
      orderBy: { createdAt: "desc" },
      skip: MAX_SESSIONS_PER_USER - 1,
      select: { id: true },
    });
    if (surplus.length > 0) await tx.session.deleteMany({ where: { id: { in: surplus.map(({ id }) => id) } } });
  });
  await pruneExpiredSessions(now);
  return { token, expiresAt };
}

/** Deletes everyone's expired sessions, at most once an hour per process (sign-ins call it; it is cheap to skip). */
async function pruneExpiredSessions(now: Date): Promise<void> {
  if (now.getTime() - lastPrunedAt < PRUNE_INTERVAL_MS) return;
  lastPrunedAt = now.getTime();
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
}

interface SessionRow {
  /** As stored: Prisma's ISO text, or milliseconds. */
  expiresAt: string | number | Date;
  id: string;
  email: string;
  name: string;
  role: string;
}

/** The user a session token belongs to, or null for a missing, forged or expired token. */
export async function findSessionUser(token: string | undefined): Promise<CurrentUser | null> {
  if (!token || token.length > 100) return null;
  // Asked on every signed-in request, so in SQL: Prisma compiles each model query anew (~1 ms here), raw SQL not.
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."expiresAt", u."id", u."email", u."name", u."role"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionIdFromToken(token)}`;
  if (!session) return null;
  if (new Date(session.expiresAt).getTime() <= Date.now()) {
    await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
    return null;
  }
  return { id: session.id, email: session.email, name: session.name, role: toRole(session.role) };
}

export async function deleteSession(token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
}

/** Ends every session of a user, on every device. */
export async function deleteUserSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}
