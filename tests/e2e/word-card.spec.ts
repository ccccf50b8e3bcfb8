import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot, tapWord } from "./helpers";

async function highlightedParts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get("word-parts") ?? [])].map((range) => range.toString()));
}

test("tapping 'gaf' shows the separable verb aangeven with both parts highlighted", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Zelenski gaf op Twitter aan" });
  await tapWord(page, sentence, "gaf");
  const card = page.getByRole("dialog");
  await expect(card).toContainText("Part of the separable verb");
  await expect(card).toContainText("aangeven");
  expect((await highlightedParts(page)).sort()).toEqual(["aan", "gaf"]);
  await snapshot(page, "word-card-gaf");
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
});

test("tapping 'veiligheidsdialoog' shows its compound parts", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Het gaat om een bijeenkomst" });
  await tapWord(page, sentence, "veiligheidsdialoog");
  const card = page.getByRole("dialog");
  await expect(card).toContainText("Compound");
  await expect(card.locator(".compound")).toContainText(/veiligheid.*\+ s.*dialoog/);
  await expect(card).toContainText("strategic security dialogue");
  await snapshot(page, "word-card-compound");
});

test("a plain word shows its lemma and English, and the keyboard reaches every word", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await tapWord(page, sentence, "bespraken");
  const card = page.getByRole("dialog");
  await expect(card.getByRole("heading")).toContainText("bespreken");
  await expect(card).toContainText("discuss");
  await expect(card).toContainText("How common");
  await page.keyboard.press("Escape");

  await sentence.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("Word: bespraken")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog").getByRole("heading")).toContainText("bespreken");
  await expect(page.getByRole("dialog").getByRole("button", { name: "Close" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sentence).toBeFocused();
});

test("the keyboard opens the card of 'gaf' and 'veiligheidsdialoog' too", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByRole("button", { name: "gaf", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toContainText("aangeven");
  await page.keyboard.press("Escape");
  const heading = page.locator(".cell-nl .sentence", { hasText: /^Strategische veiligheidsdialoog$/ });
  await heading.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog").locator(".compound")).toContainText("dialoog");
});

test("a word saved from its card is kept under its dictionary form, with its sentence", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await tapWord(page, sentence, "bespraken");
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved “.+” to your vocabulary/ })).toBeVisible();
  await page.goto("/en/vocabulary");
  const item = page.locator(".vocabulary-item", { hasText: "bespreken" });
  await expect(item).toContainText("discuss");
  await expect(item).toContainText("Ook bespraken ze hervormingen.");
});

test("the English tweet is not annotated as Dutch", async ({ page }) => {
  await openDemoLesson(page);
  const tweet = page.getByRole("region", { name: "Original English" });
  await tweet.getByText(/The first international talk/).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("on a phone the word card stays on screen @phone", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Zowel Biden als Zelenski gaven" });
  for (const word of ["Zowel", "ondersteunen"]) {
    await tapWord(page, sentence, word);
    const card = page.getByRole("dialog");
    await expect(card).toContainText("How common");
    const box = (await card.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.keyboard.press("Escape");
  }
  await snapshot(page, "word-card-phone");
});
