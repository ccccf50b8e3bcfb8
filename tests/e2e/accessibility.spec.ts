import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, seriousViolations } from "./helpers";

test("the reader has no serious or critical accessibility violations", async ({ page }) => {
  await openDemoLesson(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the vocabulary page has no serious or critical accessibility violations", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.locator(".vocabulary-item")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the lessons and sign-in pages have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/en");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/nl/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the lesson editors have no serious or critical accessibility violations", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Title").fill("Toegankelijk");
  await page.getByLabel("Dutch text").fill("Kop\n\nDe zon schijnt. Het is warm.");
  await page.getByLabel("Paste or upload my own translation").check();
  await page.getByLabel("English text").fill("Heading\n\nThe sun is shining and it is warm.");
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByRole("heading", { name: "Check the sentence pairs" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save the pairs" }).click();
  await page.getByRole("link", { name: "Edit glossary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Toegankelijk");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/nl/vocabulary");
  expect(await seriousViolations(page)).toEqual([]);
});
