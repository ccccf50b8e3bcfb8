import { describe, expect, it } from "vitest";
import { authenticate, registerAccount } from "@/lib/auth/accounts.server";
import { REGISTRATIONS_PER_ADDRESS } from "@/lib/auth/attempt-limits";
import { register } from "@/lib/auth/register.server";
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

describe("register", () => {
  it("creates the account of a form with a good password, and none for a common one", async () => {
    expect(await register({ ...account, password: "password1234" }, "192.0.2.1")).toEqual({
      fields: { password: "passwordTooCommon" },
    });
    expect(await db.user.count()).toBe(0);
    expect(await register(account, "192.0.2.1")).toMatchObject({ user: { email: account.email, role: "learner" } });
  });

  it("counts refused registrations too, so an address cannot try without end", async () => {
    for (let attempt = 0; attempt < REGISTRATIONS_PER_ADDRESS.points; attempt++) {
      await register({ ...account, password: "1234567890" }, "192.0.2.1");
    }
    await expect(register(account, "192.0.2.1")).rejects.toMatchObject({ code: "too-many-registrations" });
    expect(await db.user.count()).toBe(0);
  });
});
