import http from "node:http";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_LEARNER, openDemoLesson, registerLearner, signIn, tapWord } from "./helpers";

const DEMO_TEACHER = { email: "teacher@example.com", password: "lesgeven-is-leuk" };

/** A plain HTTP request to the test server with headers a browser cannot set (Host), without following redirects. */
function rawGet(path: string, headers: Record<string, string>): Promise<http.IncomingMessage> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: base.hostname, port: base.port, path, headers }, (response) => {
      response.resume();
      resolve(response);
    });
    request.on("error", reject);
  });
}

/**
 * Records the Content-Security-Policy violations the browser reports on each page `page` opens from now on; the
 * function returned gives those of the page open now. (The fixture also fails a test on the console error that
 * Chromium logs for each violation.)
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${location.pathname}: ${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Opens `path` and waits until Next's scripts ran (React hydrated the page), then reports the page's violations. */
async function visit(page: Page, path: string, violations: () => Promise<string[]>): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForFunction(() => "next" in window);
  return violations();
}

test("GET / on the school's own address redirects there, never to the server's own host", async () => {
  const response = await rawGet("/", { Host: "leeshulp.school.nl", "Accept-Language": "nl" });
  expect(response.statusCode).toBe(307);
  expect(response.headers.location).toBe("/nl");
});

test("pages, the API and static files carry the security headers", async ({ page }) => {
  const pageResponse = await page.goto("/en/sign-in");
  const scriptPath = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  for (const path of ["/en/sign-in", "/api/session", scriptPath!, "/robots.txt"]) {
    const response = await rawGet(path, {});
    expect(response.headers["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers["referrer-policy"], path).toBe("same-origin");
    expect(response.headers["permissions-policy"], path).toContain("microphone=()");
    expect(response.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers["content-security-policy"], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  expect(await pageResponse!.headerValue("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
});

test("behind a proxy that received HTTPS, the session cookie is Secure and HSTS is sent", async ({ browser }) => {
  // The e2e server trusts one proxy (TRUST_PROXY=1), as scripts/e2e-server.sh says.
  expect((await rawGet("/en", { "X-Forwarded-Proto": "https" })).headers["strict-transport-security"]).toMatch(
    /max-age=\d+/,
  );
  expect((await rawGet("/en", { "X-Forwarded-Proto": "http" })).headers["strict-transport-security"]).toBeUndefined();
  expect((await rawGet("/en", {})).headers["strict-transport-security"]).toBeUndefined();

  for (const proto of ["https", "http"]) {
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": `10.251.0.${proto.length}`, "x-forwarded-proto": proto },
    });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(DEMO_LEARNER.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_LEARNER.password);
    const signInAnswer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Sign in" }).click();
    const setCookie = (await (await signInAnswer).headerValue("set-cookie")) ?? "";
    expect(setCookie).toMatch(/session=/);
    if (proto === "https") expect(setCookie).toMatch(/;\s*secure/i);
    else expect(setCookie).not.toMatch(/;\s*secure/i);
    await context.close();
  }
});

test("no page breaks its Content-Security-Policy, and the public reader is still served from the cache", async ({
  page,
  browser,
}) => {
  const violations = await recordViolations(page);
  for (const path of ["/en", "/en/sign-in", "/nl/register"]) expect(await visit(page, path, violations)).toEqual([]);

  await openDemoLesson(page);
  const readerPath = new URL(page.url()).pathname;
  const cached = await page.goto(readerPath);
  expect(await cached!.headerValue("x-nextjs-cache")).toBe("HIT");
  expect(await cached!.headerValue("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
  await page.waitForFunction(() => "next" in window);
  expect(await violations()).toEqual([]);

  await signIn(page, DEMO_LEARNER);
  for (const path of [readerPath, "/en/vocabulary", "/en/review", "/en/settings"]) {
    expect(await visit(page, path, violations)).toEqual([]);
  }
  // A word card opens: the reader's own scripts run.
  await page.goto(readerPath);
  await tapWord(page, page.locator(".cell-nl .sentence", { hasText: "telefoongesprek" }).first(), "telefoongesprek");
  await expect(page.getByRole("dialog")).toContainText("Compound");
  expect(await violations()).toEqual([]);

  const teacherPage = await (
    await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.252.0.7" } })
  ).newPage();
  const teacherViolations = await recordViolations(teacherPage);
  await signIn(teacherPage, DEMO_TEACHER);
  expect(await visit(teacherPage, "/en/classes", teacherViolations)).toEqual([]);
  await teacherPage.locator("a[href^='/en/classes/']").first().click();
  await teacherPage.waitForURL(/\/en\/classes\/[^/]+$/);
  const classPath = new URL(teacherPage.url()).pathname;
  for (const path of [classPath, `${classPath}/progress`, `${readerPath}/teach`]) {
    expect(await visit(teacherPage, path, teacherViolations)).toEqual([]);
  }
});

test("a private lesson's public address answers exactly as for a lesson that does not exist", async ({
  page,
  browser,
}) => {
  const violations = await recordViolations(page);
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Geheim");
  await page.getByLabel("Dutch text").fill("Dit is een privéles. Niemand anders leest haar.");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("No translation yet.").first()).toBeVisible();
  const ownPath = new URL(page.url()).pathname;
  const id = /\/my\/lessons\/([^/]+)/.exec(ownPath)![1]!;
  const unknownId = id.replace(/.$/, (last) => (last === "x" ? "y" : "x"));

  // Signed out, signed in as someone else, and (the public page being the same for everyone) as the owner: the same
  // 404 answer, apart from the id in the address.
  const signedOut = await browser.newContext();
  const stranger = await (
    await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.253.0.9" } })
  ).newPage();
  await registerLearner(stranger, "Stranger");
  for (const request of [signedOut.request, stranger.context().request, page.context().request]) {
    const real = await request.get(`/en/lessons/${id}`, { maxRedirects: 0 });
    const unknown = await request.get(`/en/lessons/${unknownId}`, { maxRedirects: 0 });
    expect(real.status()).toBe(404);
    expect(unknown.status()).toBe(404);
    expect((await real.text()).replaceAll(id, "ID")).toBe((await unknown.text()).replaceAll(unknownId, "ID"));
  }
  const strangersOwn = await stranger.goto(ownPath);
  expect(strangersOwn?.status()).toBe(404);
  // Nor do its editor pages, not even in their title.
  for (const part of ["edit", "teach", "glossary", "alignment", "translate"]) {
    const editor = await stranger.context().request.get(`/en/lessons/${id}/${part}`, { maxRedirects: 0 });
    expect(editor.status()).toBe(404);
    expect(await editor.text()).not.toContain("Geheim");
  }

  // The owner still reads it at its own address.
  const own = await page.goto(ownPath);
  expect(own?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Geheim" })).toBeVisible();
  await page.waitForFunction(() => "next" in window);
  expect(await violations()).toEqual([]);
});
