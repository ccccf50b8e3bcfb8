import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { registerLearner, snapshot } from "./helpers";

/** The files under .next/server, where Next writes the pages it caches (route-cache/) besides the build's own. */
function cacheFileCount(directory = path.resolve(".next/server")): number {
  return readdirSync(directory).reduce((count, name) => {
    const entry = path.join(directory, name);
    return count + (statSync(entry).isDirectory() ? cacheFileCount(entry) : 1);
  }, 0);
}

test("made-up lesson addresses are answered 404 and leave nothing in the page cache", async ({ page }) => {
  // A real public lesson's first visit is cached (so the count below could grow, were 404s cached too).
  await page.goto("/en");
  await page.getByRole("link", { name: /Biden verzekert Zelenski/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Biden verzekert Zelenski");
  const lessonPath = new URL(page.url()).pathname;
  await expect
    .poll(() => page.request.get(lessonPath).then((answer) => answer.headers()["x-nextjs-cache"]))
    .toBe("HIT");
  const before = cacheFileCount();
  for (let index = 0; index < 30; index++) {
    const response = await page.request.get(`/en/lessons/made-up-${index}-${Date.now()}`);
    expect(response.status()).toBe(404);
  }
  expect((await page.request.get("/nl/lessons/made-up/7")).status()).toBe(404);
  expect((await page.request.get(`${lessonPath}/99`)).status()).toBe(404);
  expect(cacheFileCount()).toBe(before);
  const response = await page.goto("/nl/lessons/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a lesson of 25,000 short paragraphs is stored and read a page at a time", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Heel lang");
  await page.getByLabel("No translation for now").check();
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "lang.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(Array.from({ length: 25_000 }, (_, index) => `${index + 1}.`).join("\n\n")),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Heel lang" })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".lesson-meta")).toContainText("Page 1 of 250");
  await expect(page.locator(".cell-nl .sentence")).toHaveCount(100);

  const pages = page.getByRole("navigation", { name: "Pages of this lesson" });
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/my\/lessons\/[^/]+\/2$/);
  await expect(page.locator(".cell-nl .sentence").first()).toHaveText("101.");
  await snapshot(page, "long-lesson-page-2");
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page.locator(".cell-nl .sentence").first()).toHaveText("1.");
});

test("a hostile or oversized upload gets its own message beside the file, and the form keeps what was typed", async ({
  page,
}) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Mijn les");
  await page.getByLabel("No translation for now").check();
  const file = page.getByLabel(/Or upload a file/);

  await file.setInputFiles({
    name: "page.html",
    mimeType: "text/html",
    buffer: Buffer.from(`<p>${"<b>".repeat(30_000)}tekst`),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("The document is nested too deeply to read")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Mijn les");
  await snapshot(page, "hostile-upload-refused");

  // Too large to send: refused in the browser, before any upload.
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST") posted = true;
  });
  await file.setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, 97) });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("The file is too large: at most 5 MB.")).toBeVisible();
  expect(posted).toBe(false);
  await expect(page.getByLabel("Title")).toHaveValue("Mijn les");
});
