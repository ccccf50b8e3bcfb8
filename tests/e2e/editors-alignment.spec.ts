import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerLearner, seriousViolations, snapshot } from "./helpers";

const DUTCH = `De trein naar Utrecht

De trein vertrekt om negen uur. Hij is vaak te laat.

Mijn zus woont in Utrecht. Ze werkt in een ziekenhuis. Ze vindt haar werk leuk.`;

const ENGLISH = `The train to Utrecht

The train leaves at nine o'clock and is often late.

My sister lives in Utrecht. She works in a hospital. She likes her work.`;

/** Registers, makes a lesson with a pasted translation and lands on its alignment screen. */
async function openAlignmentOfNewLesson(page: Page): Promise<void> {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("De trein");
  await page.getByLabel("Dutch text").fill(DUTCH);
  await page.getByLabel("Paste or upload my own translation").check();
  await page.getByLabel("English text").fill(ENGLISH);
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByRole("heading", { name: "Check the sentence pairs" })).toBeVisible();
}

/** Each pair as "Dutch | English", in order. */
async function pairTexts(page: Page): Promise<string[]> {
  return page
    .locator(".pair")
    .evaluateAll((rows) =>
      rows.map(
        (row) => `${row.querySelector(".pair-nl")!.textContent} | ${row.querySelector(".pair-en")!.textContent}`,
      ),
    );
}

test("the alignment screen's corrections have visible names, show when they do not apply, and can be undone or reset", async ({
  page,
}) => {
  await openAlignmentOfNewLesson(page);
  // It says that the lesson exists already, and what saving does.
  await expect(page.getByText("The lesson is saved already.")).toBeVisible();
  const save = page.getByRole("button", { name: "Save the pairs" });
  await expect(save).toHaveAccessibleDescription(/changes only how the sentences are paired/);
  await expect(page.getByRole("button", { name: /Create/ })).toHaveCount(0);

  const rows = page.locator(".pair");
  const saved = await pairTexts(page);
  const first = rows.first();
  // Every correction is a button whose name is the text it shows.
  for (const name of ["Move English up", "Move English down", "Merge with next", "Split"]) {
    await expect(first.getByRole("button", { name })).toContainText(name);
  }
  // The first pair has nothing above it, and a one-sentence pair nothing to split: both show it and say it.
  const up = first.getByRole("button", { name: "Move English up" });
  const down = first.getByRole("button", { name: "Move English down" });
  await expect(up).toBeDisabled();
  await expect(up).toHaveAttribute("aria-disabled", "true");
  await expect(first.getByRole("button", { name: "Split" })).toBeDisabled();
  await expect(down).toBeEnabled();
  const look = (button: typeof up) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.borderTopStyle} ${style.color}`;
    });
  expect(await look(up)).not.toBe(await look(down));
  expect(await look(up)).toMatch(/^dashed/);
  // Nothing to undo or reset yet.
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Back to the saved pairs" })).toBeDisabled();
  await snapshot(page, "editors-alignment-desktop");

  // A split, then a merge from the keyboard: focus stays on the merged row's button.
  const twoToOne = rows.filter({ hasText: "Hij is vaak te laat." });
  await twoToOne.getByRole("button", { name: "Split" }).click();
  await expect(rows).toHaveCount(saved.length + 1);
  await expect(page.getByRole("status").filter({ hasText: "Changes not saved yet." })).toBeVisible();
  const merge = rows
    .filter({ hasText: "De trein vertrekt om negen uur." })
    .getByRole("button", { name: "Merge with next" });
  await merge.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(saved.length);
  await expect(page.locator(":focus")).toHaveText(/Merge with next/);
  await expect(page.locator(".pair:has(:focus) .pair-nl")).toHaveText(
    "De trein vertrekt om negen uur. Hij is vaak te laat.",
  );
  const edited = await pairTexts(page);

  // Undo takes back the merge, then the split.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(saved.length + 1);
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await pairTexts(page)).toEqual(saved);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: "Changes not saved yet." })).toHaveCount(0);

  // Reset goes back to the saved pairs in one step, and is itself undone by Undo.
  await rows.filter({ hasText: "Hij is vaak te laat." }).getByRole("button", { name: "Split" }).click();
  await rows.filter({ hasText: "Mijn zus woont in Utrecht." }).getByRole("button", { name: "Merge with next" }).click();
  await page.getByRole("button", { name: "Back to the saved pairs" }).click();
  expect(await pairTexts(page)).toEqual(saved);
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await pairTexts(page)).not.toEqual(saved);
  expect(await pairTexts(page)).not.toEqual(edited);

  expect(await seriousViolations(page)).toEqual([]);
  await save.click();
  await expect(page.getByRole("heading", { level: 1, name: "De trein" })).toBeVisible();
});

test("@phone the alignment screen fits a phone, with undo, reset and save in reach", async ({ page }) => {
  await openAlignmentOfNewLesson(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const actions = page.locator(".alignment-actions");
  // The bar stays at the bottom of the screen while the pairs scroll under it.
  const viewport = page.viewportSize()!;
  const box = await actions.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
  await expect(actions.getByRole("button", { name: "Save the pairs" })).toBeInViewport();
  await page.locator(".pair").nth(1).getByRole("button", { name: "Split" }).scrollIntoViewIfNeeded();
  await snapshot(page, "editors-alignment-phone");
});
