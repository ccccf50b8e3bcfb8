import { expect, test } from "./fixtures";
import {
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  openDemoLesson,
  pageBackground,
  sentenceTextSize,
  seriousViolations,
  snapshot,
} from "./helpers";

test("text size, line spacing and theme are set in Reading settings and remembered in the browser", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openDemoLesson(page);
  const before = await sentenceTextSize(page);
  expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);

  await page.getByText("Reading settings").click();
  const size = page.getByRole("group", { name: "Text size" });
  await size.getByRole("button", { name: "Larger" }).click();
  await size.getByRole("button", { name: "Larger" }).click();
  await expect(size).toContainText("120 %");
  expect(await sentenceTextSize(page)).toBeCloseTo(before * 1.2, 0);

  await page.getByRole("group", { name: "Line spacing" }).getByLabel("Loose").check();
  const lineHeight = await page
    .locator(".cell-nl p")
    .first()
    .evaluate(
      (element) => parseFloat(getComputedStyle(element).lineHeight) / parseFloat(getComputedStyle(element).fontSize),
    );
  expect(lineHeight).toBeCloseTo(1.9, 1);

  await page.getByRole("group", { name: "Theme" }).getByLabel("Dark").check();
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
  expect(await seriousViolations(page)).toEqual([]);
  await snapshot(page, "reading-settings-dark");

  await page.reload();
  await expect.poll(() => pageBackground(page)).toBe(DARK_BACKGROUND);
  expect(await sentenceTextSize(page)).toBeCloseTo(before * 1.2, 0);
  await page.getByText("Reading settings").click();
  await expect(page.getByRole("group", { name: "Theme" }).getByLabel("Dark")).toBeChecked();

  // Back to following the device, which is dark now.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("group", { name: "Theme" }).getByLabel("Light").check();
  expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);
  await page.getByRole("group", { name: "Theme" }).getByLabel("Like the device").check();
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
});

test("a larger text keeps the paragraph being read at the top of the screen", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByText("Reading settings").click();
  const sentence = page.locator(".row[data-paragraph]").nth(4).locator(".cell-nl .sentence").first();
  await sentence.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 40));
  const topBefore = await sentence.evaluate((element) => element.getBoundingClientRect().top);
  // Clicked where it is (the panel is above, off screen): a real click would first scroll to it.
  const larger = page.getByRole("group", { name: "Text size" }).getByRole("button", { name: "Larger" });
  for (let step = 0; step < 4; step += 1) await larger.dispatchEvent("click");
  await expect(page.getByRole("group", { name: "Text size" })).toContainText("140 %");
  const topAfter = await sentence.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(topAfter - topBefore)).toBeLessThan(2);
  await snapshot(page, "reading-settings-larger-kept-place");
});

test("Hide English is remembered and leaves no gap under the Dutch", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByRole("button", { name: "Hide English" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Show English", pressed: true })).toBeVisible();
  const english = page.locator(".cell-en .sentence", { hasText: "They also discussed reforms." });
  await expect(english).toBeHidden();
  // Each row is as tall as its Dutch (and the small "Show English" button), not as its hidden English.
  for (const row of await page.locator(".row[data-paragraph]").all()) {
    const [rowHeight, dutchHeight] = await row.evaluate((element) => [
      element.getBoundingClientRect().height,
      element.querySelector(".cell-nl")!.getBoundingClientRect().height,
    ]);
    expect(rowHeight).toBeLessThan(Math.max(dutchHeight, 48) + 30);
  }
  await snapshot(page, "reading-hide-english");
});

test("Reading settings fit a 360-pixel phone and work by touch @phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemoLesson(page);
  await page.getByText("Reading settings").tap();
  const panel = page.locator(".reading-settings-panel");
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.getByRole("group", { name: "Text size" }).getByRole("button", { name: "Smaller" }).tap();
  await expect(page.getByRole("group", { name: "Text size" })).toContainText("90 %");
  expect(await seriousViolations(page)).toEqual([]);
  await snapshot(page, "reading-settings-phone");
});
