import { expect, test } from "./fixtures";
import { openDemoLesson, snapshot } from "./helpers";

test("the lessons page offers the demo lessons with title, level and length", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  const cards = page.locator(".lesson-card");
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText("Biden verzekert Zelenski");
  await expect(cards.first()).toContainText("B2");
  await expect(cards.first()).toContainText(/\d+ words/);
  await expect(page.locator(".level-badge")).toHaveText(["B2", "A2", "B1"]);
  await snapshot(page, "lessons");
});

test("pointing at a Dutch sentence highlights its English sentence, and the other way round", async ({ page }) => {
  await openDemoLesson(page);
  const dutch = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await dutch.hover();
  const pair = await dutch.getAttribute("data-pair");
  const english = page.locator(`.cell-en .sentence[data-pair="${pair}"]`);
  await expect(english).toHaveText("They also discussed reforms.");
  await expect(english).toHaveClass(/is-paired/);
  await snapshot(page, "reader-sentence-highlight");

  const englishTwitter = page.locator(".cell-en .sentence", { hasText: "said on Twitter" });
  await englishTwitter.hover();
  const twitterPair = await englishTwitter.getAttribute("data-pair");
  await expect(page.locator(`.cell-nl .sentence[data-pair="${twitterPair}"]`)).toHaveClass(/is-paired/);
  await expect(english).not.toHaveClass(/is-paired/);
});

test("keyboard focus on a sentence highlights its translation", async ({ page }) => {
  await openDemoLesson(page);
  const first = page.locator(".cell-nl .sentence").first();
  await first.focus();
  const pair = await first.getAttribute("data-pair");
  await expect(page.locator(`.cell-en .sentence[data-pair="${pair}"]`)).toHaveClass(/is-paired/);
});

test("a glossary tooltip opens on 'akkoorden van Minsk' by hover and by keyboard, and Escape closes it", async ({
  page,
}) => {
  await openDemoLesson(page);
  const term = page.getByRole("button", { name: "akkoorden van Minsk" });
  await term.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("Minsk agreements");
  await snapshot(page, "reader-tooltip");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  await page.mouse.move(0, 0);
  await term.focus();
  await expect(page.getByRole("tooltip")).toContainText("Minsk agreements");
  // Screen readers get the same text as the term's description.
  await expect(term).toHaveAccessibleDescription(/Minsk agreements/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();
});

test("headings, captions and the original-English tweet are shown as what they are", async ({ page }) => {
  await openDemoLesson(page);
  await expect(page.getByRole("heading", { level: 2, name: "Strategische veiligheidsdialoog" })).toBeVisible();
  await expect(page.locator(".kind-caption .kind-label")).toHaveText("Photo caption");
  const original = page.getByRole("region", { name: "Original English" });
  await expect(original).toContainText("The first international talk of the year with @POTUS");
  await expect(original).toContainText("🇺🇦");
  // Shown once: the tweet is not repeated in an English column.
  await expect(page.getByText("The first international talk of the year")).toHaveCount(1);
});

test("the English column can be hidden and brought back", async ({ page }) => {
  await openDemoLesson(page);
  const english = page.locator(".cell-en .sentence", { hasText: "They also discussed reforms." });
  await expect(english).toBeVisible();
  await page.getByRole("button", { name: "Hide English" }).click();
  await expect(english).toBeHidden();
  await page.getByRole("button", { name: "Show English" }).first().click();
  await expect(english).toBeVisible();
});

test("on a phone the languages stack and each paragraph's English is revealed on demand @phone", async ({ page }) => {
  await openDemoLesson(page);
  const english = page.locator(".cell-en .sentence", { hasText: "They also discussed reforms." });
  await expect(english).toBeHidden();
  const row = page.locator(".row", { has: english });
  await row.getByRole("button", { name: "Show English" }).click();
  await expect(english).toBeVisible();
  const dutchBox = await row.locator(".cell-nl").boundingBox();
  const englishBox = await row.locator(".cell-en").boundingBox();
  expect(englishBox!.y).toBeGreaterThan(dutchBox!.y + dutchBox!.height - 1);
  await snapshot(page, "reader-phone");
});

test("an unknown lesson shows a not-found page", async ({ page }) => {
  const response = await page.goto("/en/lessons/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/nl/lessons/bestaat-niet");
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
});
