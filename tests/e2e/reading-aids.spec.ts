import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot } from "./helpers";

test("the reader shows the reading time beside the word count, and help for a mouse and keyboard", async ({ page }) => {
  await openDemoLesson(page);
  const meta = page.locator(".lesson-meta");
  const words = Number((await meta.getByText(/^\d+ words$/).textContent())?.match(/\d+/)?.[0]);
  await expect(meta).toContainText(`About ${Math.ceil(words / 150)} minutes to read`);
  await expect(page.getByText(/the arrow keys move from word to word/)).toBeVisible();
  await expect(page.getByText(/Tap a sentence/)).toBeHidden();
});

test("on a phone the help speaks of tapping, not of arrow keys @phone", async ({ page }) => {
  await openDemoLesson(page);
  await expect(page.getByText(/Tap a sentence to see its translation/)).toBeVisible();
  await expect(page.locator(".help-touch")).toContainText("Terms with a dotted underline have a glossary note.");
  await expect(page.getByText(/arrow keys/)).toBeHidden();
  await snapshot(page, "reading-help-phone");
});

test("a lesson without translation says so once and offers no Hide English", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Drie alinea's");
  await page.getByLabel("Dutch text").fill("De eerste alinea.\n\nDe tweede alinea.\n\nDe derde alinea.");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("No translation yet.")).toHaveCount(1);
  await expect(page.getByText("De derde alinea.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Hide English" })).toHaveCount(0);
  // The help speaks of what this lesson has, for a mouse and for touch: words to open, no translation to highlight
  // and, as it has no glossary, no underlined terms.
  const pointerHelp = await page.locator(".help-pointer").textContent();
  const touchHelp = await page.locator(".help-touch").textContent();
  await expect(page.locator(".help-pointer")).toBeVisible();
  expect(pointerHelp).toContain("Click a word to open its card");
  expect(touchHelp).toContain("Tap a word to open its card");
  for (const help of [pointerHelp, touchHelp]) expect(help).not.toMatch(/translation|English|highlight|underline/i);
  // One column: the Dutch takes the width an empty English column would have left blank.
  const dutch = (await page.locator(".cell-nl").first().boundingBox())!;
  const row = (await page.locator(".row").first().boundingBox())!;
  expect(dutch.width).toBeGreaterThan(row.width * 0.9);
  await snapshot(page, "reading-no-translation");
});
