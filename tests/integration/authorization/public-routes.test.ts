import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import robots from "@/app/robots";

const healthRoute = await import("@/app/api/health/route");

describe("api/health", () => {
  it("answers anyone, fast and uncached, with whether the database answers and nothing else", async () => {
    await db.user.create({ data: { email: "someone@example.com", name: "Someone", passwordHash: "-" } });
    const started = performance.now();
    const response = await healthRoute.GET();
    expect(performance.now() - started).toBeLessThan(500);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("robots.txt", () => {
  it("lets lessons be indexed and keeps owners' pages, settings and the API out", () => {
    const { rules } = robots();
    expect(rules).toMatchObject({ userAgent: "*", allow: "/" });
    const disallowed = Array.isArray(rules) ? [] : rules.disallow;
    expect(disallowed).toEqual(expect.arrayContaining(["/api/", "/*/my/", "/*/settings", "/*/join"]));
    expect(disallowed).not.toContain("/*/lessons/");
  });
});
