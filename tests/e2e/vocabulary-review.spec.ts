import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  DEMO_LEARNER,
  openDemoLesson,
  registerLearner,
  secondBrowser,
  seriousViolations,
  signIn,
  snapshot,
  tapWord,
} from "./helpers";

/** The text of every range a named CSS highlight paints (the reader's status marks), in document order. */
function painted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const marks = CSS.highlights.get(highlight);
    return marks ? [...marks].map((range) => range.toString()) : [];
  }, name);
}

/** Saves `word` from its card; the message names the word as it is kept (`headword`). */
async function saveFromCard(page: Page, sentenceText: string, word: string, headword: string): Promise<void> {
  await tapWord(page, page.locator(".cell-nl .sentence", { hasText: sentenceText }), word);
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${headword}” to your vocabulary` })).toBeVisible();
}

test("three saved words are coloured at once, reviewed by keyboard, exported, and imported into a fresh account", async ({
  page,
  browser,
}) => {
  await registerLearner(page, "Reviewer");
  await openDemoLesson(page);
  await expect(page.getByLabel("Colour words by status")).toBeChecked();
  expect(await painted(page, "status-new")).toContain("bespraken");

  await saveFromCard(page, "Ook bespraken ze hervormingen.", "bespraken", "bespreken");
  await saveFromCard(page, "Ook bespraken ze hervormingen.", "hervormingen", "hervorming");
  await saveFromCard(page, "De Oekraïense president Zelenski gaf op Twitter aan", "gaf", "aangeven");
  // Marked without reloading: both parts of the separable verb, and no longer as new.
  const learning = await painted(page, "status-learning-1");
  expect(learning).toEqual(expect.arrayContaining(["bespraken", "hervormingen", "gaf", "aan"]));
  expect(await painted(page, "status-new")).not.toContain("bespraken");

  // K in a word's card marks it known (unmarked), and U undoes it.
  await tapWord(page, page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." }), "Ook");
  await expect(page.getByRole("dialog")).toContainText("Status: New");
  await page.keyboard.press("k");
  await expect(page.getByRole("status").filter({ hasText: "is now marked known" })).toBeVisible();
  expect(await painted(page, "status-new")).not.toContain("Ook");
  await page.keyboard.press("u");
  await expect(page.getByRole("status").filter({ hasText: "is back to new" })).toBeVisible();
  expect(await painted(page, "status-new")).toContain("Ook");
  await snapshot(page, "reader-statuses");

  // Review: Space shows the answer, 3 grades it Good, U takes the last grade back.
  await page.goto("/en/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await snapshot(page, "review-question");
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
  await snapshot(page, "review-answer");
  await page.keyboard.press("3");
  await expect(page.getByText(/Good: back in/)).toBeAttached();
  await page.keyboard.press("u");
  await expect(page.getByText(/Last grade undone/)).toBeAttached();
  for (let card = 0; card < 3; card++) {
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
  }
  await expect(page.getByText("Nothing to review now")).toBeVisible();
  await snapshot(page, "review-done");

  // Export: the Anki file Anki reads without questions, and the CSV with statuses.
  await page.goto("/en/vocabulary/transfer");
  expect(await seriousViolations(page)).toEqual([]);
  const [anki] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download for Anki" }).click(),
  ]);
  const tsv = readFileSync((await anki.path())!, "utf8");
  expect(tsv.split("\n").slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#notetype:Basic"]);
  expect(tsv).toContain("<b>bespraken</b>");
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download as CSV" }).click(),
  ]);
  const csvFile = test.info().outputPath(csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvFile);
  expect(csvFile).toMatch(/\.csv$/);
  expect(readFileSync(csvFile, "utf8")).toMatch(/bespreken.*learning/);

  // Import the CSV into a fresh account: preview first, then the words arrive with their statuses.
  const fresh = await secondBrowser(browser);
  await registerLearner(fresh, "Newcomer");
  await fresh.goto("/en/vocabulary/transfer");
  await fresh.getByLabel("File to import").setInputFiles(csvFile);
  await expect(fresh.getByText("The file has 3 rows.")).toBeVisible();
  await snapshot(fresh, "import-preview");
  await fresh.getByRole("button", { name: "Import", exact: true }).click();
  await expect(fresh.getByText(/3 words added/)).toBeVisible();
  await fresh.goto("/en/vocabulary");
  for (const word of ["bespreken", "hervorming", "aangeven"]) await expect(fresh.getByText(word).first()).toBeVisible();
  await fresh.context().close();
});

test("signing in to save brings the learner back to the same word with its card open", async ({ page }) => {
  await openDemoLesson(page);
  await tapWord(
    page,
    page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." }),
    "hervormingen",
  );
  await page.getByRole("dialog").getByRole("link", { name: "Sign in to save words" }).click();
  await page.getByLabel("E-mail address").fill(DEMO_LEARNER.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_LEARNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const card = page.getByRole("dialog");
  await expect(card.getByRole("heading", { name: "hervorming" })).toBeVisible();
  await expect(card.getByRole("group", { name: "Status" })).toBeVisible();
  expect(page.url()).not.toContain("word=");
});

test("the demo learner's statistics show charts with their numbers, and the lessons list the share of new words", async ({
  page,
}) => {
  await signIn(page, DEMO_LEARNER);
  await page.goto("/en");
  await expect(page.locator(".lesson-card").first()).toContainText(/\d+% new words/);
  await page.goto("/en/vocabulary/stats");
  await expect(page.locator("figure svg[role='img']")).toHaveCount(3);
  await page.getByText("Show the numbers").first().click();
  await expect(page.locator("figure table").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await snapshot(page, "vocabulary-stats");
});
