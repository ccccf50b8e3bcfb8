import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { SESSION_COOKIE, sessionIdFromToken } from "@/lib/auth/session-token";
import { createSession, findSessionUser, MAX_SESSIONS_PER_USER } from "@/lib/auth/sessions.server";
import { db } from "@/lib/db/client.server";
import { createUser } from "../support/factories";
import { cookieJar, RedirectSignal } from "../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);

const { signInAction, signOutEverywhereAction } = await import("@/app/actions/auth");

const anna = { email: "anna@example.com", name: "Anna", password: "fiets-regen-kaas-42" };

async function signInThroughForm(account: { email: string; password: string }): Promise<string> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...account, lng: "en" })) form.set(name, value);
  await expect(signInAction(null, form)).rejects.toBeInstanceOf(RedirectSignal);
  return cookieJar.get(SESSION_COOKIE)!;
}

async function expireSession(token: string, at = new Date(Date.now() - 1000)): Promise<void> {
  await db.session.update({ where: { id: sessionIdFromToken(token) }, data: { expiresAt: at } });
}

beforeEach(() => cookieJar.clear());
afterEach(() => vi.useRealTimers());

describe("sessions", () => {
  it("gives a new token at sign-in, and the token the browser had before stops working", async () => {
    const user = await registerAccount(anna);
    const before = (await createSession(user.id)).token;
    cookieJar.set(SESSION_COOKIE, before);
    const after = await signInThroughForm(anna);
    expect(after).not.toBe(before);
    expect(await findSessionUser(before)).toBeNull();
    expect(await findSessionUser(after)).toMatchObject({ id: user.id });
  });

  it("signs out everywhere: every session of the caller ends, other users' stay", async () => {
    const user = await registerAccount(anna);
    const other = await createUser();
    const otherToken = (await createSession(other.id)).token;
    const phone = (await createSession(user.id)).token;
    const laptop = await signInThroughForm(anna);
    expect(await signOutEverywhereAction()).toEqual({ ok: true, data: null });
    expect(cookieJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await findSessionUser(laptop)).toBeNull();
    expect(await findSessionUser(phone)).toBeNull();
    expect(await findSessionUser(otherToken)).toMatchObject({ id: other.id });
  });

  it("removes the user's expired sessions at sign-in, and everyone's once an hour", async () => {
    const user = await registerAccount(anna);
    const other = await createUser();
    const ownExpired = (await createSession(user.id)).token;
    const othersExpired = (await createSession(other.id)).token;
    const othersLive = (await createSession(other.id)).token;
    await expireSession(ownExpired);
    await signInThroughForm(anna);
    expect(await db.session.findUnique({ where: { id: sessionIdFromToken(ownExpired) } })).toBeNull();

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
    await expireSession(othersExpired);
    cookieJar.clear();
    await signInThroughForm(anna);
    expect(await db.session.findUnique({ where: { id: sessionIdFromToken(othersExpired) } })).toBeNull();
    expect(await findSessionUser(othersLive)).toMatchObject({ id: other.id });
  });

  it(`keeps the newest ${MAX_SESSIONS_PER_USER} sessions of a user`, async () => {
    const user = await registerAccount(anna);
    vi.useFakeTimers({ toFake: ["Date"] });
    const tokens: string[] = [];
    for (let n = 0; n < MAX_SESSIONS_PER_USER + 2; n++) {
      vi.setSystemTime(Date.now() + 1000);
      tokens.push((await createSession(user.id)).token);
    }
    expect(await db.session.count({ where: { userId: user.id } })).toBe(MAX_SESSIONS_PER_USER);
    expect(await findSessionUser(tokens[0])).toBeNull();
    expect(await findSessionUser(tokens[1])).toBeNull();
    expect(await findSessionUser(tokens[2])).toMatchObject({ id: user.id });
    expect(await findSessionUser(tokens.at(-1))).toMatchObject({ id: user.id });
  });
});
