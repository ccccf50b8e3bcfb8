import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Read once per process by lib/auth/trusted-proxies.ts; each case below sets it before the first request.
let trusted = "1";
vi.mock("@/lib/auth/trusted-proxies", () => ({ trustedProxies: () => Number(trusted) }));
const { proxy } = await import("@/proxy");

function send(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
}

/** The request headers proxy.ts lets Next go on with (Next's override protocol for a proxy's response). */
function forwardedToNext(response: Response): Map<string, string> {
  const names = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  return new Map(names.map((name) => [name, response.headers.get(`x-middleware-request-${name}`) ?? ""]));
}

beforeEach(() => {
  trusted = "1";
});

describe("the Content-Security-Policy of a page rendered per request", () => {
  it("allows the site's scripts and only the inline ones carrying this request's nonce, which Next is given", () => {
    const first = send("/en/sign-in");
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(forwardedToNext(first).get("content-security-policy")).toBe(policy);
    expect(send("/en/sign-in").headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("is left to the page cache on a public reader page, and to next.config.js on the API", () => {
    const forwarded = { "x-forwarded-for": "203.0.113.9" };
    for (const path of ["/en/lessons/abc", "/nl/lessons/abc/2", "/api/session"]) {
      expect(send(path, forwarded).headers.get("content-security-policy")).toBeNull();
    }
    expect(send("/en/lessons/abc/edit", forwarded).headers.get("content-security-policy")).toContain("'nonce-");
  });
});

describe("behind a trusted proxy (TRUST_PROXY=1)", () => {
  it("answers a request the proxy received over HTTPS with Strict-Transport-Security, and plain HTTP without", () => {
    expect(send("/en", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security")).toMatch(
      /^max-age=\d{7,}/,
    );
    expect(send("/en", { "x-forwarded-proto": "http" }).headers.get("strict-transport-security")).toBeNull();
    expect(send("/en").headers.get("strict-transport-security")).toBeNull();
  });

  it("passes the proxy's forwarded headers on to the app", () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "leeshulp.school.nl" };
    const forwarded = forwardedToNext(send("/en", headers));
    expect(forwarded.get("x-forwarded-proto")).toBe("https");
    expect(forwarded.get("x-forwarded-host")).toBe("leeshulp.school.nl");
  });
});

describe("with no trusted proxy (TRUST_PROXY=0)", () => {
  it("ignores forwarded headers: no HSTS for a client that claims HTTPS, and the app never sees its claims", () => {
    trusted = "0";
    const headers = {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-forwarded-for": "203.0.113.9",
    };
    const response = send("/en", headers);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const forwarded = forwardedToNext(response);
    for (const name of Object.keys(headers)) expect(forwarded.has(name)).toBe(false);
  });
});
