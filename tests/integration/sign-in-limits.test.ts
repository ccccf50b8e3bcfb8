import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { FAILURES_PER_ADDRESS, FAILURES_PER_ADDRESS_AND_ACCOUNT } from "@/lib/auth/attempt-limits";
import { SCRYPT_CONCURRENCY, verifyPassword } from "@/lib/auth/password";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";
import { cookieJar, RedirectSignal, requestHeaders } from "../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);
// The same scrypt, watched: a refused attempt must not reach it.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const { signInAction } = await import("@/app/actions/auth");

const owner = { email: "anna@example.com", name: "Anna", password: "fiets-regen-kaas-42" };
const ATTACKER = "203.0.113.66";
const OWNER_ADDRESS = "198.51.100.7";

/** One sign-in through the form from `address`: "signed-in", or the error the form shows. */
async function signInFrom(address: string, email: string, password: string): Promise<string> {
  requestHeaders.set("x-forwarded-for", address);
  cookieJar.clear();
  const form = new FormData();
  for (const [name, value] of Object.entries({ email, password, lng: "en" })) form.set(name, value);
  try {
    const state = await signInAction(null, form);
    return state && !state.ok ? state.error : "no answer";
  } catch (signal) {
    if (signal instanceof RedirectSignal && cookieJar.get(SESSION_COOKIE)) return "signed-in";
    throw signal;
  }
}

async function failTimes(times: number, address: string, email = owner.email): Promise<string[]> {
  const answers: string[] = [];
  for (let attempt = 0; attempt < times; attempt++) answers.push(await signInFrom(address, email, `guess ${attempt}`));
  return answers;
}

beforeEach(async () => {
  requestHeaders.clear();
  vi.mocked(verifyPassword).mockClear();
  await registerAccount(owner);
});

afterEach(() => vi.useRealTimers());

describe("sign-in limits", () => {
  it(`refuses the attempt after ${FAILURES_PER_ADDRESS_AND_ACCOUNT.points} failures on an account from one address, without checking the password`, async () => {
    const failures = FAILURES_PER_ADDRESS_AND_ACCOUNT.points;
    expect(await failTimes(failures, ATTACKER)).toEqual(Array(failures).fill("invalid-credentials"));
    expect(verifyPassword).toHaveBeenCalledTimes(failures);
    expect(await signInFrom(ATTACKER, owner.email, owner.password)).toBe("too-many-attempts");
    expect(verifyPassword).toHaveBeenCalledTimes(failures);
  });

  it("does not lock the owner out: from another address the right password still signs in", async () => {
    await failTimes(FAILURES_PER_ADDRESS_AND_ACCOUNT.points, ATTACKER);
    expect(await signInFrom(ATTACKER, owner.email, owner.password)).toBe("too-many-attempts");
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("signed-in");
  });

  it("spaces out attempts on an account that failed from many addresses, without locking it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await failTimes(5, "203.0.113.1");
    await failTimes(5, "203.0.113.2");
    // The next attempt takes the account's turn; until the turn is over, nobody else gets a password check.
    expect(await signInFrom("203.0.113.3", owner.email, "guess 10")).toBe("invalid-credentials");
    vi.mocked(verifyPassword).mockClear();
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("too-many-attempts");
    expect(verifyPassword).not.toHaveBeenCalled();
    vi.setSystemTime(Date.now() + 61_000);
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("signed-in");
  });

  it("forgets an address's failures on an account when it signs in successfully", async () => {
    await failTimes(FAILURES_PER_ADDRESS_AND_ACCOUNT.points - 1, OWNER_ADDRESS);
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("signed-in");
    expect(await failTimes(FAILURES_PER_ADDRESS_AND_ACCOUNT.points - 1, OWNER_ADDRESS)).not.toContain(
      "too-many-attempts",
    );
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("signed-in");
  });

  it("limits failures from one address across accounts, made-up ones included", async () => {
    await failTimes(1, ATTACKER, "made-up-1@example.com");
    // The remaining failures of the window, counted in one step rather than hashed one by one.
    await db.rateLimit.update({
      where: { key: `sign-in-address:${ATTACKER}` },
      data: { points: FAILURES_PER_ADDRESS.points },
    });
    vi.mocked(verifyPassword).mockClear();
    expect(await signInFrom(ATTACKER, "made-up-2@example.com", "guess")).toBe("too-many-attempts");
    expect(await signInFrom(ATTACKER, owner.email, owner.password)).toBe("too-many-attempts");
    expect(verifyPassword).not.toHaveBeenCalled();
    expect(await signInFrom(OWNER_ADDRESS, owner.email, owner.password)).toBe("signed-in");
  });

  it("answers a flood of sign-ins with a quick 'busy' beyond the few that wait for scrypt, and counts no failure for it", async () => {
    const admitted = SCRYPT_CONCURRENCY.maxRunning + SCRYPT_CONCURRENCY.maxWaiting;
    const answers = await Promise.all(
      Array.from({ length: admitted + 5 }, (_, n) =>
        signInFrom(`192.0.2.${n + 1}`, `made-up-${n}@example.com`, "guess"),
      ),
    );
    expect(answers.filter((answer) => answer === "invalid-credentials")).toHaveLength(admitted);
    expect(answers.filter((answer) => answer === "server-busy")).toHaveLength(5);
    const busyAddress = `192.0.2.${answers.indexOf("server-busy") + 1}`;
    expect(await db.rateLimit.findUnique({ where: { key: `sign-in-address:${busyAddress}` } })).toMatchObject({
      points: 0,
    });
  });
});
