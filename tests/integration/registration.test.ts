import { beforeEach, describe, expect, it, vi } from "vitest";
import { REGISTRATIONS_PER_ADDRESS } from "@/lib/auth/attempt-limits";
import { db } from "@/lib/db/client.server";
import { getT } from "@/lib/i18n/translator";
import { cookieJar, RedirectSignal, requestHeaders } from "../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../support/next-request-mock")).nextNavigation);

const { registerAction } = await import("@/app/actions/auth");

/** One registration through the form from `address`: "registered", or what the form shows. */
async function registerFrom(address: string, email: string, password: string) {
  requestHeaders.set("x-forwarded-for", address);
  cookieJar.clear();
  const form = new FormData();
  for (const [name, value] of Object.entries({ name: "Anna de Vries", email, password, lng: "en" })) {
    form.set(name, value);
  }
  try {
    const state = await registerAction(null, form);
    return state && !state.ok ? { error: state.error, fields: state.fields } : { error: "no answer" };
  } catch (signal) {
    if (signal instanceof RedirectSignal) return "registered";
    throw signal;
  }
}

beforeEach(() => requestHeaders.clear());

describe("registration", () => {
  it("refuses a common or guessable password with its message, and makes no account", async () => {
    for (const password of ["wachtwoord123", "password1234", "1234567890", "qwertyuiop", "annadevries2024"]) {
      expect(await registerFrom("192.0.2.1", `anna-${password}@example.com`, password)).toEqual({
        error: "invalid-input",
        fields: { password: "passwordTooCommon" },
      });
    }
    expect(await db.user.count()).toBe(0);
    expect(getT("en", "errors")("field.passwordTooCommon")).toMatch(/common|guess/);
    expect(getT("nl", "errors")("field.passwordTooCommon")).toMatch(/wachtwoord/i);
  });

  it("accepts ordinary passphrases", async () => {
    expect(await registerFrom("192.0.2.1", "anna@example.com", "fiets-regen-kaas-42")).toBe("registered");
    expect(await registerFrom("192.0.2.2", "bram@example.com", "lees-nederlands")).toBe("registered");
    expect(await db.user.count()).toBe(2);
  });

  it(`takes ${REGISTRATIONS_PER_ADDRESS.points} registration attempts an hour from one address, refused ones included`, async () => {
    const limit = REGISTRATIONS_PER_ADDRESS.points;
    expect(await registerFrom("192.0.2.1", "first@example.com", "fiets-regen-kaas-42")).toBe("registered");
    for (let attempt = 1; attempt < limit - 1; attempt++) {
      expect(await registerFrom("192.0.2.1", `weak-${attempt}@example.com`, "wachtwoord123")).toMatchObject({
        fields: { password: "passwordTooCommon" },
      });
    }
    expect(await registerFrom("192.0.2.1", "last@example.com", "lesgeven-is-leuk")).toBe("registered");
    expect(await registerFrom("192.0.2.1", "one-more@example.com", "lesgeven-is-leuk")).toEqual({
      error: "too-many-registrations",
      fields: undefined,
    });
    expect(await registerFrom("192.0.2.99", "elsewhere@example.com", "lesgeven-is-leuk")).toBe("registered");
    expect((await db.user.findMany({ orderBy: { email: "asc" } })).map((user) => user.email)).toEqual([
      "elsewhere@example.com",
      "first@example.com",
      "last@example.com",
    ]);
  });
});
