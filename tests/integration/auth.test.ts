import { describe, expect, it } from "vitest";
import { authenticate, registerAccount } from "@/lib/auth/accounts.server";
import { createSession, findSessionUser } from "@/lib/auth/sessions.server";
import { sessionIdFromToken } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";

const account = { email: "anna@example.com", name: "Anna", password: "een lang wachtwoord" };

describe("accounts", () => {
  it("stores a memory-hard hash, never the password", async () => {
    await registerAccount(account);
    const stored = await db.user.findUniqueOrThrow({ where: { email: account.email } });
    expect(stored.passwordHash).toMatch(/^scrypt\$15\$8\$3\$/);
    expect(stored.passwordHash).not.toContain(account.password);
    expect(stored.role).toBe("learner");
  });

  it("refuses a second account for the same address", async () => {
    await registerAccount(account);
    await expect(registerAccount({ ...account, name: "Other" })).rejects.toMatchObject({ code: "email-taken" });
    expect(await db.user.count()).toBe(1);
  });

  it("signs in with the right password only, and says the same for an unknown address", async () => {
    await registerAccount(account);
    await expect(authenticate(account.email, account.password)).resolves.toMatchObject({ name: "Anna" });
    await expect(authenticate(account.email, "wrong password")).rejects.toMatchObject({ code: "invalid-credentials" });
    await expect(authenticate("nobody@example.com", "whatever")).rejects.toMatchObject({
      code: "invalid-credentials",
    });
  });
});

describe("sessions", () => {
  it("finds the user of a live session, and stores only the token's hash", async () => {
    const user = await registerAccount(account);
    const { token } = await createSession(user.id);
    expect(await findSessionUser(token)).toMatchObject({ id: user.id, email: account.email });
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: sessionIdFromToken(token) } })).not.toBeNull();
  });

  it("treats forged, missing and expired tokens as signed out", async () => {
    const user = await registerAccount(account);
    const { token } = await createSession(user.id);
    expect(await findSessionUser("forged")).toBeNull();
    expect(await findSessionUser(undefined)).toBeNull();
    await db.session.update({
      where: { id: sessionIdFromToken(token) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await findSessionUser(token)).toBeNull();
    expect(await db.session.count()).toBe(0);
  });
});

describe("password guessing", () => {
  it("refuses an address after ten failed sign-ins, even with the right password", async () => {
    await registerAccount({ ...account, email: "guessed@example.com" });
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(authenticate("guessed@example.com", `guess ${attempt}`)).rejects.toMatchObject({
        code: "invalid-credentials",
      });
    }
    await expect(authenticate("guessed@example.com", account.password)).rejects.toMatchObject({
      code: "too-many-attempts",
    });
  });
});
