import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot } from "./helpers";

test("a learner saves a glossary term from the reader and finds it on the vocabulary page", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  const card = page.getByRole("dialog");
  await expect(card).toContainText("Minsk-akkoorden");
  await snapshot(page, "reader-card");
  await card.getByRole("button", { name: "Save to my vocabulary" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Saved to your vocabulary" })).toBeVisible();

  await page.getByRole("link", { name: "My vocabulary" }).click();
  const item = page.locator(".vocabulary-item", { hasText: "Minsk-akkoorden" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Minsk agreements");
  await expect(item).toContainText("de implementatie van de akkoorden van Minsk te versnellen");
  await snapshot(page, "vocabulary");

  await page.getByLabel("Search your vocabulary").fill("Minsk");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator(".vocabulary-item")).toHaveCount(1);
  await page.getByLabel("Search your vocabulary").fill("kernwapen");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No saved word matches “kernwapen”.")).toBeVisible();

  await page.goto("/en/vocabulary");
  await page.getByRole("button", { name: "Delete “Minsk-akkoorden” from your vocabulary" }).click();
  await expect(page.locator(".vocabulary-item")).toHaveCount(0);
});

test("a selected word can be saved, and the save can be undone", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await sentence.evaluate((element) => {
    const text = element.firstChild!;
    const start = text.textContent!.indexOf("bespraken");
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + "bespraken".length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    element.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Save “bespraken”" }).click();
  const toast = page.getByRole("status").filter({ hasText: "Saved to your vocabulary" });
  await expect(toast).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.locator(".vocabulary-item h2")).toHaveText(["bespraken"]);

  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed from your vocabulary" })).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.locator(".vocabulary-item h2")).toHaveText(["bespraken"]);
});

test("signed out, the reader offers sign-in instead of saving", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  await expect(page.getByRole("dialog").getByRole("link", { name: "Sign in to save words" })).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("link", { name: "Sign in to see your vocabulary." })).toBeVisible();
});
