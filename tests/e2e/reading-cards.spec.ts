import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot, tapWord } from "./helpers";

/** Scrolls so `sentence` ends `fromBottom` pixels above the bottom of the screen. */
async function nearBottom(page: Page, sentence: Locator, fromBottom = 12): Promise<void> {
  await sentence.evaluate((element, gap) => {
    const box = element.getBoundingClientRect();
    window.scrollBy(0, box.bottom - (window.innerHeight - gap));
  }, fromBottom);
}

/** The middle of `word` in `sentence` and its box, on screen as it is (no scrolling). */
async function wordBox(sentence: Locator, word: string) {
  return sentence.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const index = node.data.indexOf(target);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, top: box.top, bottom: box.bottom };
    }
    throw new Error(`${target} not found`);
  }, word);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const viewportHeight = (page: Page) => page.evaluate(() => window.innerHeight);

test("a card opened near the bottom of the screen flips above the word and stays on screen", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await nearBottom(page, sentence);
  const scrolled = await scrollY(page);
  const word = await wordBox(sentence, "bespraken");
  await page.mouse.click(word.x, word.y);
  const card = page.getByRole("dialog");
  await expect(card).toContainText("bespreken");
  const box = (await card.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(word.top);
  expect(await scrollY(page)).toBe(scrolled);
  await snapshot(page, "reading-card-flipped");
});

test("on a phone a card opened near the bottom does not scroll the page and is seen whole @phone", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await nearBottom(page, sentence);
  const scrolled = await scrollY(page);
  const word = await wordBox(sentence, "bespraken");
  await page.touchscreen.tap(word.x, word.y);
  const card = page.getByRole("dialog");
  await expect(card).toContainText("bespreken");
  await expect(card.locator(":focus")).toHaveCount(1);
  const box = (await card.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(await viewportHeight(page));
  expect(box.y + box.height).toBeLessThanOrEqual(word.top);
  expect(await scrollY(page)).toBe(scrolled);
  await snapshot(page, "reading-card-phone-bottom");
});

test("Tab stays in the card until Escape, which gives the focus back to the word", async ({ page }) => {
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await tapWord(page, sentence, "bespraken");
  const card = page.getByRole("dialog");
  await expect(card).toContainText("bespreken");
  const controls = await card.locator("button, a[href]").count();
  for (let press = 0; press < controls + 2; press += 1) {
    await page.keyboard.press("Tab");
    expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(sentence).toBeFocused();
});

test("after saving, one sentence pair stays marked, no tooltip shows and the message keeps clear of the sentence", async ({
  page,
}) => {
  await registerLearner(page);
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await sentence.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await page.evaluate(() => window.scrollBy(0, -window.innerHeight / 4));
  const word = await wordBox(sentence, "bespraken");
  await page.mouse.click(word.x, word.y);
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  const message = page.getByRole("status").filter({ hasText: /Saved “.+” to your vocabulary/ });
  await expect(message).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.waitForTimeout(300);

  const pairs = await page
    .locator(".is-paired")
    .evaluateAll((elements) => [...new Set(elements.map((element) => (element as HTMLElement).dataset.pair))]);
  expect(pairs.length).toBeLessThanOrEqual(1);
  await expect(page.getByRole("tooltip")).toBeHidden();
  const toast = (await page.locator(".toast").boundingBox())!;
  const text = (await sentence.boundingBox())!;
  expect(toast.y + toast.height <= text.y || toast.y >= text.y + text.height).toBe(true);
  await snapshot(page, "reading-saved-message");
  // It goes away by itself.
  await expect(message).toBeHidden({ timeout: 12_000 });
});

test("saving from a card above its word: nothing the card uncovers under the resting mouse is marked, and the message keeps clear of the word", async ({
  page,
}) => {
  await registerLearner(page);
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Rusland heeft tienduizenden" });
  await nearBottom(page, sentence, 30);
  const word = await wordBox(sentence, "tienduizenden");
  await page.mouse.click(word.x, word.y);
  const card = page.getByRole("dialog");
  await expect(card).toContainText("tienduizend");
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(word.top);
  // The mouse rests on the button, over the sentences above the word, when the card goes.
  await card.getByRole("button", { name: "Save to my vocabulary" }).click();
  const message = page.getByRole("status").filter({ hasText: /Saved “.+” to your vocabulary/ });
  await expect(message).toBeVisible();
  await expect(card).toBeHidden();
  await page.waitForTimeout(300);

  const own = await sentence.getAttribute("data-pair");
  const pairs = await page
    .locator(".is-paired")
    .evaluateAll((elements) => [...new Set(elements.map((element) => (element as HTMLElement).dataset.pair))]);
  expect(pairs.filter((pair) => pair !== own)).toEqual([]);
  await expect(page.getByRole("tooltip")).toBeHidden();
  const toast = (await page.locator(".toast").boundingBox())!;
  const text = (await sentence.boundingBox())!;
  expect(toast.y + toast.height <= text.y || toast.y >= text.y + text.height).toBe(true);
  await snapshot(page, "reading-saved-from-card-above");
});

/** Pixels of the glossary underline's colour (light theme) in a box around `term` and just below it. */
async function underlinePixels(page: Page, term: Locator): Promise<number> {
  const box = (await term.boundingBox())!;
  const image = await page.screenshot({
    clip: { x: box.x, y: box.y + box.height / 2, width: box.width, height: box.height / 2 + 8 },
  });
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let index = 0; index < data.length; index += info.channels) {
    const [r, g, b] = [data[index]!, data[index + 1]!, data[index + 2]!];
    if (Math.abs(r - 31) < 40 && Math.abs(g - 95) < 40 && Math.abs(b - 168) < 40) count += 1;
  }
  return count;
}

test("a marked sentence pair does not hide a glossary term's dotted underline", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  const term = sentence.locator(".term");
  await sentence.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await page.mouse.move(0, 0);
  const plain = await underlinePixels(page, term);
  expect(plain).toBeGreaterThan(5);
  const start = await wordBox(sentence, "Ook");
  await page.mouse.move(start.x, start.y);
  await expect(sentence).toHaveClass(/is-paired/);
  await snapshot(page, "reading-paired-term");
  expect(await underlinePixels(page, term)).toBeGreaterThan(plain * 0.8);
});

test("a long glossary term wraps like text and keeps its quotation marks and comma on its lines", async ({ page }) => {
  await openDemoLesson(page);
  const term = page.locator(".term", { hasText: "niets over jullie zonder jullie" });
  let wrapped = 0;
  for (let width = 360; width <= 900; width += 6) {
    await page.setViewportSize({ width, height: 800 });
    const lines = await term.evaluate((element) => {
      const charTop = (node: Node, at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      const own = element.firstChild as Text;
      const before = element.previousSibling as Text;
      const after = element.nextSibling as Text;
      return {
        openQuote: charTop(before, before.data.length - 1),
        first: charTop(own, 0),
        last: charTop(own, own.data.length - 1),
        closeQuote: charTop(after, 0),
        lineCount: new Set(Array.from(element.getClientRects(), (rect) => Math.round(rect.top))).size,
      };
    });
    expect(lines.openQuote, `opening quote at ${width} px`).toBe(lines.first);
    expect(lines.closeQuote, `closing quote at ${width} px`).toBe(lines.last);
    if (lines.lineCount > 1) wrapped += 1;
  }
  expect(wrapped).toBeGreaterThan(0);
  await term.scrollIntoViewIfNeeded();
  await snapshot(page, "reading-long-term");
});
