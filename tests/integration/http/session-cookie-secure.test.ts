import { beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { createUser } from "../../support/factories";

/** The Set-Cookie options the app gave, and the request headers it saw (as Next hands them to a server action). */
const set: { name: string; secure?: boolean }[] = [];
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: () => undefined,
    set: (name: string, _value: string, options: { secure?: boolean }) => set.push({ name, ...options }),
  }),
  headers: async () => requestHeaders,
}));
let trusted = 1;
vi.mock("@/lib/auth/trusted-proxies", () => ({ trustedProxies: () => trusted }));
const { startSession } = await import("@/lib/auth/session-cookie.server");

/** Whether the session cookie set at sign-in, for a request with these headers, is Secure. */
async function secureAfterSignIn(headers: Record<string, string>): Promise<boolean | undefined> {
  requestHeaders = new Headers(headers);
  set.length = 0;
  await startSession((await createUser()).id);
  return set.find((cookie) => cookie.name === SESSION_COOKIE)?.secure;
}

beforeEach(() => {
  trusted = 1;
  vi.unstubAllEnvs();
});

describe("the session cookie", () => {
  it("is Secure when a trusted proxy received the request over HTTPS, and not over plain HTTP", async () => {
    expect(await secureAfterSignIn({ "x-forwarded-proto": "https" })).toBe(true);
    expect(await secureAfterSignIn({ "x-forwarded-proto": "http" })).toBe(false);
  });

  it("follows the connection's own scheme without a trusted proxy (proxy.ts drops a client's claim)", async () => {
    trusted = 0;
    // Next writes X-Forwarded-Proto itself from the connection when the request has none.
    expect(await secureAfterSignIn({ "x-forwarded-proto": "http" })).toBe(false);
    expect(await secureAfterSignIn({ "x-forwarded-proto": "https" })).toBe(true);
  });

  it("is always Secure with COOKIE_SECURE=true", async () => {
    vi.stubEnv("COOKIE_SECURE", "true");
    expect(await secureAfterSignIn({ "x-forwarded-proto": "http" })).toBe(true);
  });
});
