import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { createLesson } from "../support/factories";

/** What proxy.ts did: let Next serve the page, rewrite it to the uncached not-found page, or send the form back. */
async function outcome(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const response = await proxy(new NextRequest(`http://localhost${path}`, init));
  if (response.headers.get("x-middleware-next")) return "served";
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (rewrite) return `rewritten to ${new URL(rewrite).pathname}`;
  return `${response.status} ${response.headers.get("location")}`;
}

describe("reader pages that do not exist never reach Next's page cache", () => {
  it("serves existing pages of existing lessons and answers the rest as not found", async () => {
    const lesson = await createLesson({ visibility: "public", paragraphs: ["Een korte les."] });
    expect(await outcome(`/en/lessons/${lesson.id}`)).toBe("served");
    expect(await outcome(`/nl/lessons/${lesson.id}`)).toBe("served");
    expect(await outcome(`/en/lessons/made-up-id`)).toBe("rewritten to /en/not-found");
    expect(await outcome(`/nl/lessons/${"x".repeat(500)}`)).toBe("rewritten to /nl/not-found");
    expect(await outcome(`/en/lessons/${lesson.id}/2`)).toBe("rewritten to /en/not-found");
    expect(await outcome(`/en/lessons/${lesson.id}/1`)).toBe("rewritten to /en/not-found");
    expect(await outcome(`/en/lessons/${lesson.id}/anything`)).toBe("rewritten to /en/not-found");
    expect(await outcome(`/xx/lessons/${lesson.id}`)).toBe("rewritten to /en/not-found");
  });

  it("leaves the lesson's other pages and the new-lesson page alone", async () => {
    const lesson = await createLesson({ paragraphs: ["Tekst."] });
    for (const page of ["alignment", "glossary", "translate"]) {
      expect(await outcome(`/en/lessons/${lesson.id}/${page}`)).toBe("served");
    }
    expect(await outcome("/en/lessons/new")).toBe("served");
    expect(await outcome(`/api/lessons/${lesson.id}/words`)).toBe("served");
  });

  it("sends a form posted without JavaScript that is over the request limit back with the app's message", async () => {
    const headers = { "content-type": "multipart/form-data; boundary=x", "content-length": String(20 * 1024 * 1024) };
    expect(await outcome("/en/lessons/new", { method: "POST", headers })).toBe(
      "303 http://localhost/en/lessons/new?error=file-too-large",
    );
    expect(await outcome("/en/lessons/new", { method: "POST", headers: { "content-length": "1000" } })).toBe("served");
  });
});

describe("the caller's address", () => {
  it("is never taken from a header the client sent itself when no proxy is trusted", async () => {
    const response = await proxy(
      new NextRequest("http://localhost/en/sign-in", { headers: { "x-forwarded-for": "203.0.113.9" } }),
    );
    const forwarded = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
    expect(forwarded.length).toBeGreaterThan(0);
    expect(forwarded).not.toContain("x-forwarded-for");
    expect(response.headers.get("x-middleware-request-x-forwarded-for")).toBeNull();
  });
});
