import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot, tapWord } from "./helpers";

async function highlightedParts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get("word-parts") ?? [])].map((range) => range.toString()));
}

test("tapping 'gaf' shows the glossary's separable verb aangeven with both parts highlighted", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Zelenski gaf op Twitter aan" });
  await tapWord(page, sentence, "gaf");
  const card = page.getByRole("dialog");
  await expect(card.getByRole("heading")).toContainText("aangeven");
  await expect(card).toContainText("to indicate, to say");
  // The term's own card, the same whichever of its words was clicked: no facts about "gaf" alone.
  await expect(card).not.toContainText("Dictionary form");
  await expect.poll(async () => (await highlightedParts(page)).sort()).toEqual(["aan", "gaf"]);
  await snapshot(page, "word-card-gaf");
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
});

test("tapping 'telefoongesprek' shows its compound parts", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "telefoongesprek" }).first();
  await tapWord(page, sentence, "telefoongesprek");
  const card = page.getByRole("dialog");
  await expect(card).toContainText("Compound");
  await expect(card.locator(".compound")).toContainText(/telefoon.*\+.*gesprek/);
  // The card stays in the Dutch column, clear of the English words it points to (once it is placed at the size the
  // look-up gave it, which may take a frame after the text arrives).
  await expect(card.locator(".card-counterpart")).toHaveText("telephone conversation");
  const covered = () =>
    page.evaluate(() => {
      const box = document.querySelector(".word-card")!.getBoundingClientRect();
      return [...(CSS.highlights.get("word-counterpart") ?? [])].some((range) => {
        const word = (range as Range).getBoundingClientRect();
        return word.left < box.right && word.right > box.left && word.top < box.bottom && word.bottom > box.top;
      });
    });
  await expect.poll(covered).toBe(false);
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

async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => [...(CSS.highlights.get(key) ?? [])].map((range) => range.toString()), name);
}

test("a word's card names the English word it stands for here and marks it; an English word marks its Dutch", async ({
  page,
}) => {
  await openDemoLesson(page);
  const dutch = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await tapWord(page, dutch, "bespraken");
  const card = page.getByRole("dialog");
  await expect(card.locator(".card-counterpart")).toHaveText("discussed");
  expect(await highlighted(page, "word-counterpart")).toEqual(["discussed"]);
  await snapshot(page, "word-card-counterpart");
  await page.keyboard.press("Escape");
  expect(await highlighted(page, "word-counterpart")).toEqual([]);

  const english = page.locator(".cell-en .sentence", { hasText: "They also discussed reforms." });
  await tapWord(page, english, "reforms");
  await expect(card).toBeHidden();
  await expect.poll(() => highlighted(page, "word-parts")).toEqual(["hervormingen"]);
  expect(await highlighted(page, "word-counterpart")).toEqual(["reforms"]);
  await expect(page.getByText("“reforms” translates “hervormingen” here.")).toBeAttached();
  await snapshot(page, "english-word-counterpart");
});
