import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openDemoLesson, snapshot } from "./helpers";

/**
 * Headless Chromium has no voices: a stand-in speech synthesis with a Dutch voice (or none), which speaks nothing
 * and lets the test say when the voice reaches a word (boundary) or the end of what it was given.
 */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]): Promise<void> {
  await page.addInitScript((voiceList) => {
    type Fake = { text: string; rate: number; onboundary?: (event: object) => void; onend?: (event: object) => void };
    const spoken: Fake[] = [];
    const state = { paused: false, cancelled: 0 };
    class FakeUtterance {
      text: string;
      voice: unknown = null;
      lang = "";
      rate = 1;
      onboundary?: (event: object) => void;
      onend?: (event: object) => void;
      onerror?: (event: object) => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synthesis = {
      getVoices: () =>
        voiceList.map((voice) => ({ ...voice, default: false, localService: true, voiceURI: voice.name })),
      speak: (utterance: Fake) => spoken.push(utterance),
      cancel: () => {
        state.cancelled += 1;
      },
      pause: () => {
        state.paused = true;
      },
      resume: () => {
        state.paused = false;
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: synthesis });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, value: FakeUtterance });
    Object.assign(window, {
      fakeSpeech: {
        spoken: () => spoken.map((utterance) => ({ text: utterance.text, rate: utterance.rate })),
        state: () => state,
        boundary: (charIndex: number) => spoken.at(-1)?.onboundary?.({ name: "word", charIndex }),
        end: () => spoken.at(-1)?.onend?.({}),
      },
    });
  }, voices);
}

type FakeSpeech = {
  spoken: () => { text: string; rate: number }[];
  state: () => { paused: boolean; cancelled: number };
  boundary: (charIndex: number) => void;
  end: () => void;
};

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.spoken());
const marked = (page: Page, name: string) =>
  page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map((range) => range.toString()), name);
/** Opens the reader's "Read aloud" disclosure and answers its controls. */
async function openReadAloud(page: Page) {
  await page.locator("summary", { hasText: "Read aloud" }).click();
  return page.getByRole("group", { name: "Read aloud" });
}

/** The bar with pause, stop and the speed, shown while the text is read aloud. */
const readingBar = (page: Page) => page.getByRole("group", { name: "Reading aloud" });

const dutchSentences = (page: Page) => page.locator(".cell-nl .sentence[data-pair]").allTextContents();

test("the whole text is read aloud sentence by sentence, the sentence being read marked", async ({ page }) => {
  await fakeSpeech(page, [{ lang: "nl-NL", name: "Fake Dutch" }]);
  await openDemoLesson(page);
  const controls = await openReadAloud(page);
  const [first, second] = await dutchSentences(page);
  await controls.getByRole("button", { name: "Whole text" }).click();
  await expect.poll(() => spoken(page)).toEqual([{ text: first, rate: 1 }]);
  expect(await marked(page, "reading-aloud")).toEqual([first]);

  // The voice reaches the second word, then the end of the sentence: the marks move on.
  const secondWord = first!.split(" ")[1]!;
  await page.evaluate(
    (at) => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.boundary(at),
    first!.indexOf(secondWord),
  );
  expect(await marked(page, "reading-aloud-word")).toEqual([secondWord]);
  await snapshot(page, "reading-aloud-marked");
  await page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.end());
  await expect.poll(async () => (await spoken(page)).map((entry) => entry.text)).toEqual([first, second]);
  expect(await marked(page, "reading-aloud")).toEqual([second]);

  // Pause and stop are in the bar that shows while the text is read.
  const bar = readingBar(page);
  await bar.getByRole("button", { name: "Pause" }).click();
  expect((await page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.state())).paused).toBe(
    true,
  );
  await bar.getByRole("button", { name: "Resume" }).click();
  await bar.getByRole("button", { name: "Stop" }).click();
  expect(await marked(page, "reading-aloud")).toEqual([]);
  await expect(bar).toHaveCount(0);
});

test("a chosen sentence or its paragraph is read at the speed set", async ({ page }) => {
  await fakeSpeech(page, [{ lang: "nl-BE", name: "Fake Flemish" }]);
  await openDemoLesson(page);
  const controls = await openReadAloud(page);
  await controls.getByRole("slider", { name: "Speed" }).fill("0.7");
  await expect(controls).toContainText("0.7×");
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await sentence.focus();
  await controls.getByRole("button", { name: "Sentence" }).click();
  await expect.poll(() => spoken(page)).toEqual([{ text: "Ook bespraken ze hervormingen.", rate: 0.7 }]);

  await controls.getByRole("button", { name: "Paragraph" }).click();
  const paragraph = await page
    .locator(".row", { has: sentence })
    .locator(".cell-nl .sentence[data-pair]")
    .allTextContents();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(paragraph[0]);
  for (let index = 1; index < paragraph.length; index += 1) {
    await page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.end());
  }
  expect((await spoken(page)).slice(1).map((entry) => entry.text)).toEqual(paragraph);
  await page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.end());
  // The paragraph is done: nothing more is read, and the mark is gone.
  expect(await spoken(page)).toHaveLength(paragraph.length + 1);
  await expect.poll(() => marked(page, "reading-aloud")).toEqual([]);
});

test("without a Dutch voice the controls stay and say why", async ({ page }) => {
  await fakeSpeech(page, [{ lang: "en-US", name: "Fake English" }]);
  await openDemoLesson(page);
  const controls = await openReadAloud(page);
  await expect(controls).toContainText("This browser has no Dutch voice, so it cannot read the text aloud.");
  await expect(controls.getByRole("button", { name: "Whole text" })).toBeDisabled();
  await snapshot(page, "reading-aloud-no-voice");
});

test("the read-aloud controls fit a phone and say when there is no voice @phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fakeSpeech(page, []);
  await openDemoLesson(page);
  const controls = await openReadAloud(page);
  await expect(controls).toContainText("no Dutch voice");
  const box = (await controls.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await snapshot(page, "reading-aloud-phone");
});

test("while the text is read aloud, stop stays in reach by mouse and keyboard as the learner scrolls", async ({
  page,
}) => {
  await fakeSpeech(page, [{ lang: "nl-NL", name: "Fake Dutch" }]);
  await openDemoLesson(page);
  const controls = await openReadAloud(page);
  await controls.getByRole("button", { name: "Whole text" }).click();
  const bar = readingBar(page);
  await expect(bar).toBeVisible();

  // The bar comes next in the keyboard's order, its focus ring plain to see.
  await controls.getByRole("slider", { name: "Speed" }).focus();
  await page.keyboard.press("Tab");
  const pause = bar.getByRole("button", { name: "Pause" });
  await expect(pause).toBeFocused();
  expect(await pause.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  await page.keyboard.press("Tab");
  const stop = bar.getByRole("button", { name: "Stop" });
  await expect(stop).toBeFocused();

  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(stop).toBeInViewport();
  expect((await bar.boundingBox())!.y).toBeLessThanOrEqual(1);
  await snapshot(page, "reading-aloud-bar-scrolled");

  // Stopped from the keyboard, the focus goes to the sentence read last rather than to the top of the page.
  await page.keyboard.press("Enter");
  await expect(bar).toHaveCount(0);
  expect(await marked(page, "reading-aloud")).toEqual([]);
  const [first] = await dutchSentences(page);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  // Read again and stopped with the mouse, far down the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await controls.getByRole("button", { name: "Whole text" }).click();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await bar.getByRole("button", { name: "Stop" }).click();
  await expect(bar).toHaveCount(0);
});

test("on a phone the read-aloud bar stays at the top, one line high, and never covers the word card @phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fakeSpeech(page, [{ lang: "nl-NL", name: "Fake Dutch" }]);
  await openDemoLesson(page);
  await page.locator("summary", { hasText: "Read aloud" }).tap();
  await page.getByRole("group", { name: "Read aloud" }).getByRole("button", { name: "Whole text" }).tap();
  const bar = readingBar(page);
  await page.evaluate(() => window.scrollTo(0, 2500));
  const stop = bar.getByRole("button", { name: "Stop" });
  await expect(stop).toBeInViewport();
  const box = (await bar.boundingBox())!;
  expect(box.y).toBeLessThanOrEqual(1);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const lineHeight = await page
    .locator(".cell-nl p")
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect(box.height).toBeLessThanOrEqual(lineHeight + 1);

  // A word far down the text, near the bottom of the screen: its card opens above it, below the bar.
  const sentence = page.locator(".cell-nl .sentence[data-pair]").filter({ hasText: "toewijding" });
  const point = await sentence.evaluate((element, word) => {
    window.scrollBy(0, element.getBoundingClientRect().bottom - (window.innerHeight - 40));
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`${word} not found`);
  }, "toewijding");
  await page.mouse.click(point.x, point.y);
  const card = page.getByRole("dialog");
  await expect(card).toBeVisible();
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y).toBeLessThanOrEqual(1);
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(point.y);
  await snapshot(page, "reading-aloud-bar-phone");

  await stop.tap();
  await expect(bar).toHaveCount(0);
});
