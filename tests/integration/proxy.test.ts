import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

/** What proxy.ts did: let Next serve the page, or send the form back. */
function outcome(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const response = proxy(new NextRequest(`http://localhost${path}`, init));
  if (response.headers.get("x-middleware-next")) return "served";
  return `${response.status} ${response.headers.get("location")}`;
}

describe("uploads over the request limit", () => {
  it("sends a form posted without JavaScript that is over the request limit back with the app's message", () => {
    const headers = { "content-type": "multipart/form-data; boundary=x", "content-length": String(20 * 1024 * 1024) };
    expect(outcome("/en/lessons/new", { method: "POST", headers })).toBe(
      "303 http://localhost/en/lessons/new?error=file-too-large",
    );
    expect(outcome("/en/lessons/new", { method: "POST", headers: { "content-length": "1000" } })).toBe("served");
  });
});

describe("the caller's address", () => {
  it("is never taken from a header the client sent itself when no proxy is trusted", () => {
    const response = proxy(
      new NextRequest("http://localhost/en/sign-in", { headers: { "x-forwarded-for": "203.0.113.9" } }),
    );
    const forwarded = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
    expect(forwarded.length).toBeGreaterThan(0);
    expect(forwarded).not.toContain("x-forwarded-for");
    expect(response.headers.get("x-middleware-request-x-forwarded-for")).toBeNull();
  });
});
