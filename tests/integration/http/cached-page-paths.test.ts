import { readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { isCachedPagePath, OTHER_LESSON_PAGES } from "@/lib/http/cached-page-paths.cjs";
import { config } from "@/proxy";

/** next.config.js as Next loads it (CommonJS). */
const nextConfig: NextConfig = createRequire(import.meta.url)("../../../next.config.js");

const READER_PAGES = ["/en/lessons/abc", "/nl/lessons/abc/2", "/en/lessons/abc/99", "/en/lessons/new/2"];
const OTHER_PAGES = ["/", "/en", "/en/sign-in", "/en/lessons/new", "/en/my/lessons/abc", "/en/classes/x/progress"];

describe("the cached reader pages", () => {
  it("are the lesson pages apart from the other pages beside the reader's page number", () => {
    const lessonFolder = path.resolve(import.meta.dirname, "../../../app/[lng]/lessons/[id]");
    const pages = readdirSync(lessonFolder).filter(
      (entry) => !entry.startsWith("[") && existsSync(path.join(lessonFolder, entry, "page.tsx")),
    );
    expect([...OTHER_LESSON_PAGES].sort()).toEqual(pages.sort());
    for (const page of pages) expect(isCachedPagePath(`/en/lessons/abc/${page}`)).toBe(false);
    for (const url of READER_PAGES) expect(isCachedPagePath(url)).toBe(true);
    for (const url of OTHER_PAGES) expect(isCachedPagePath(url)).toBe(false);
  });

  it("are left out by proxy.ts's matcher, which runs on every other page and only there", () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const url of READER_PAGES) expect(matches(url)).toBe(false);
    for (const page of OTHER_LESSON_PAGES) expect(matches(`/en/lessons/abc/${page}`)).toBe(true);
    for (const url of OTHER_PAGES) expect(matches(url)).toBe(true);
    for (const url of ["/api/session", "/_next/static/chunks/a.js", "/robots.txt"]) expect(matches(url)).toBe(false);
  });
});

describe("next.config.js headers", () => {
  async function headersOf(url: string): Promise<Headers> {
    return (await unstable_getResponseFromNextConfig({ url: `http://localhost${url}`, nextConfig })).headers;
  }

  it("give every answer nosniff, a referrer policy, a permissions policy and no framing", async () => {
    for (const url of ["/en/sign-in", "/en/lessons/abc", "/api/session", "/_next/static/chunks/a.js"]) {
      const headers = await headersOf(url);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("same-origin");
      expect(headers.get("permissions-policy")).toContain("camera=()");
      expect(headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("let nothing run in the API's answers and static files, and leave pages' scripts to their own policy", async () => {
    for (const url of ["/api/session", "/_next/static/chunks/a.js", "/robots.txt"]) {
      expect((await headersOf(url)).get("content-security-policy")).toMatch(/^default-src 'none'/);
    }
    const reader = (await headersOf("/en/lessons/abc/2")).get("content-security-policy");
    expect(reader).toContain("frame-ancestors 'none'");
    expect(reader).not.toContain("script-src");
    expect((await headersOf("/en/sign-in")).get("content-security-policy")).toBeNull();
  });
});
