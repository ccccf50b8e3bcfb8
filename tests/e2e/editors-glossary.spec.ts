import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerLearner, seriousViolations, snapshot } from "./helpers";

/** Registers and makes a lesson without translation, then opens its glossary editor. */
async function openGlossaryOfNewLesson(page: Page): Promise<void> {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Hervormingen");
  await page
    .getByLabel("Dutch text")
    .fill("De regering belooft hervormingen. Een hervorming kost tijd.\n\nZelenski gaf de problemen aan.");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await page.getByRole("link", { name: "Edit glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Glossary of/ })).toBeVisible();
}

async function addTerm(page: Page, term: string, english: string, note = ""): Promise<void> {
  const form = page.locator(".glossary-add");
  await form.getByLabel("Dutch term").fill(term);
  await form.getByLabel("English", { exact: true }).fill(english);
  if (note) await form.getByLabel("Note for learners").fill(note);
  await form.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByRole("heading", { level: 2, name: term, exact: true })).toBeVisible();
}

function termItem(page: Page, term: string): Locator {
  return page.locator(".glossary-item").filter({ has: page.getByRole("heading", { name: term, exact: true }) });
}

test("the glossary editor counts each term in the text, warns about a term it never finds, and lines up its fields", async ({
  page,
}) => {
  await openGlossaryOfNewLesson(page);
  await addTerm(page, "hervorming", "reform", "Plural: hervormingen.\nA common word in the news.");
  await addTerm(page, "aangeven", "to point out");
  await addTerm(page, "hervormimg", "reform (misspelt)");

  // Counted as the reader marks them: both inflected forms, and the separable verb "gaf … aan" once.
  await expect(termItem(page, "hervorming").locator(".term-count")).toHaveText("Found 2 times in the text.");
  await expect(termItem(page, "aangeven").locator(".term-count")).toHaveText("Found once in the text.");
  const missing = termItem(page, "hervormimg").locator(".term-count");
  await expect(missing).toContainText("Not found in the text");
  await expect(missing.getByRole("img", { name: "Warning" })).toBeVisible();
  await expect(termItem(page, "hervormimg").getByRole("form")).toHaveAccessibleDescription(/Not found in the text/);
  const warningColour = await missing.evaluate((element) => getComputedStyle(element).color);
  const countColour = await termItem(page, "aangeven")
    .locator(".term-count")
    .evaluate((element) => getComputedStyle(element).color);
  expect(warningColour).not.toBe(countColour);

  // The hints appear once, with the form for adding a term, not under every term.
  await expect(page.getByText("The dictionary form, e.g.")).toHaveCount(1);
  await expect(page.getByText("Comma-separated, only forms")).toHaveCount(1);

  // The note is a text area; term, English and other forms sit in the same columns in every form.
  const note = termItem(page, "hervorming").getByLabel("Note for learners");
  expect(await note.evaluate((element) => element.tagName)).toBe("TEXTAREA");
  const columns = async (item: Locator) =>
    Promise.all(
      ["Dutch term", "English", "Other forms"].map(async (label) => {
        const box = await item.getByLabel(label, { exact: true }).boundingBox();
        return [Math.round(box!.x), Math.round(box!.y)];
      }),
    );
  const [first, second] = [await columns(page.locator(".glossary-add")), await columns(termItem(page, "aangeven"))];
  expect(first.map(([x]) => x)).toEqual(second.map(([x]) => x));
  expect(new Set(second.map(([, y]) => y)).size).toBe(1);
  expect(new Set(first.map(([, y]) => y)).size).toBe(1);

  expect(await seriousViolations(page)).toEqual([]);
  await termItem(page, "hervormimg").scrollIntoViewIfNeeded();
  await snapshot(page, "editors-glossary-desktop");
});

test("@phone the glossary editor fits a phone, one field under the other", async ({ page }) => {
  await openGlossaryOfNewLesson(page);
  await addTerm(page, "hervorming", "reform");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await termItem(page, "hervorming").scrollIntoViewIfNeeded();
  await snapshot(page, "editors-glossary-phone");
});
