import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountButton, openDemoLesson, registerLearner, snapshot } from "./helpers";

/** The page's cumulative layout shift so far, as Chromium reports it (shifts right after input do not count). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/** Loads the reader fresh and waits until the header knows who is signed in. */
async function loadReader(page: Page, signedIn: boolean): Promise<void> {
  await openDemoLesson(page);
  await page.reload();
  if (signedIn) await expect(accountButton(page)).toBeVisible();
  else await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

test("the reader does not move when the header learns who is signed in", async ({ page }) => {
  await loadReader(page, false);
  expect(await layoutShift(page)).toBeLessThan(0.02);
  await registerLearner(page);
  await loadReader(page, true);
  expect(await layoutShift(page)).toBeLessThan(0.02);
});

test("@phone on a phone the header stays one size and the first screen shows the title and text", async ({ page }) => {
  await registerLearner(page);
  await loadReader(page, true);
  expect(await layoutShift(page)).toBeLessThan(0.02);
  const header = await page.locator(".site-header").boundingBox();
  const viewport = page.viewportSize()!;
  expect(header!.height).toBeLessThan(viewport.height / 6);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await expect(page.locator(".cell-nl .sentence").first()).toBeInViewport();
  await accountButton(page).click();
  await expect(page.getByRole("link", { name: "My vocabulary" })).toBeVisible();
  await snapshot(page, "header-phone-menu");
});
