import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { registerLearner, secondBrowser, seriousViolations, snapshot, tapWord } from "./helpers";

const DEMO_TITLE = /Biden verzekert Zelenski/;

/** A teacher with a class of their own; returns the class page's address and its join code. */
async function teacherWithClass(page: Page, className: string): Promise<{ classUrl: string; code: string }> {
  await registerLearner(page, "Daan Teacher", { teacher: true });
  await page.goto("/en/classes");
  await page.getByLabel("Name", { exact: true }).fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(className);
  await expect(page).toHaveTitle(`${className} · Leeshulp`);
  const code = (await page.locator(".join-code").innerText()).trim();
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  return { classUrl: page.url(), code };
}

test("a teacher's class reads a copied lesson, and the glossary grows from the words its learner looked up", async ({
  page: teacher,
  browser,
}) => {
  test.setTimeout(90_000);
  const { classUrl, code } = await teacherWithClass(teacher, "Klas E2E");
  expect(await seriousViolations(teacher)).toEqual([]);
  await snapshot(teacher, "classroom-class-page");

  // The learner joins with the code, typed in lower case with a space.
  const learner = await secondBrowser(browser);
  await registerLearner(learner, "Lotte Learner");
  await learner.goto("/en/join");
  await learner.getByLabel("Class code").fill(code.toLowerCase().replace("-", " "));
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByText("You joined Klas E2E. Welcome!")).toBeVisible();
  await learner.goto("/en/join");
  await learner.getByLabel("Class code").fill(code);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByText("You are already in this class.")).toBeVisible();
  // The class's own pages are its teachers'; a learner in it is answered 404, without the class's name.
  for (const path of [classUrl, `${classUrl}/progress`]) {
    const answer = await learner.context().request.get(path);
    expect(answer.status()).toBe(404);
    expect(await answer.text()).not.toContain("Klas E2E");
  }

  // The teacher copies the demo lesson from its public page and assigns the copy with a due date.
  await teacher.goto("/en");
  await teacher.getByRole("link", { name: DEMO_TITLE }).click();
  await teacher.getByRole("link", { name: "Teach this lesson" }).click();
  await teacher.getByRole("button", { name: "Copy to adapt" }).click();
  await expect(teacher).toHaveURL(/\/en\/my\/lessons\/[^/]+$/);
  const copyId = teacher.url().split("/").pop()!;
  await teacher.goto(`/en/lessons/${copyId}/teach`);
  await expect(teacher).toHaveTitle(/^Teach “Biden verzekert Zelenski.*” · Leeshulp$/);
  await teacher.getByLabel("Klas E2E (B1)").check();
  await teacher.getByLabel("Due date (optional)").fill("2099-06-30");
  await teacher.getByLabel("Instruction (optional)").fill("Lees de hele tekst.");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await seriousViolations(teacher)).toEqual([]);
  await snapshot(teacher, "classroom-teach");

  // The learner finds it under My classes, reads it and looks up a word.
  await learner.goto("/en/classes");
  const assignment = learner.locator("li", { hasText: DEMO_TITLE }).first();
  await expect(assignment).toContainText("New");
  await expect(assignment).toContainText("Due 30 Jun 2099");
  await expect(assignment).toContainText("Lees de hele tekst.");
  expect(await seriousViolations(learner)).toEqual([]);
  await snapshot(learner, "classroom-my-classes");
  await assignment.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(learner.getByRole("heading", { level: 1 })).toContainText("Biden verzekert Zelenski");
  // Paragraphs count as seen after a second on screen.
  await learner.waitForTimeout(1_500);
  const sentence = learner.locator(".cell-nl .sentence", { hasText: "het gesprek met Biden" });
  await tapWord(learner, sentence, "gesprek");
  await expect(learner.getByRole("dialog")).toContainText("gesprek");
  await learner.keyboard.press("Escape");
  // Leaving the page sends what is still queued (sendBeacon on pagehide).
  await learner.goto("/en/classes");
  await expect(async () => {
    await learner.reload();
    await expect(learner.locator("li", { hasText: DEMO_TITLE }).first()).toContainText("Started");
  }).toPass({ timeout: 10_000 });

  // The teacher sees the learner's row and the looked-up word, and adds it to the glossary.
  await teacher.goto(classUrl);
  await teacher.getByRole("link", { name: "Progress" }).click();
  const row = teacher.getByRole("row", { name: /Lotte Learner/ });
  await expect(row).toContainText("Started");
  await expect(row).not.toContainText(/\b0% read/);
  expect(await seriousViolations(teacher)).toEqual([]);
  await snapshot(teacher, "classroom-progress");
  await teacher.getByRole("link", { name: /Words looked up in Biden verzekert Zelenski/ }).click();
  await expect(teacher.getByRole("cell", { name: "gesprek" }).first()).toBeVisible();
  expect(await seriousViolations(teacher)).toEqual([]);
  await teacher.getByRole("button", { name: /Add gesprek to the glossary/ }).click();
  await expect(teacher.getByText("In the glossary").first()).toBeVisible();
  await snapshot(teacher, "classroom-lesson-words");

  // The learner now gets a tooltip for it, and sees what the teacher sees of their reading.
  await learner.goto(`/en/my/lessons/${copyId}`);
  await expect(learner.getByRole("button", { name: "gesprek" }).first()).toBeVisible();
  await learner.goto("/en/settings/privacy");
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("What my teachers see");
  await expect(learner.getByRole("main")).toContainText("Klas E2E");
  expect(await seriousViolations(learner)).toEqual([]);
  await learner.close();

  // The teacher's other new pages: one learner's reading, and the lesson's editor.
  await teacher.goto(classUrl.replace(/$/, "/progress"));
  await teacher.getByRole("link", { name: "Lotte Learner" }).click();
  await expect(teacher.getByRole("main")).toContainText("gesprek");
  expect(await seriousViolations(teacher)).toEqual([]);
  await teacher.goto(`/en/lessons/${copyId}/edit`);
  await expect(teacher.getByLabel("Title (Dutch)")).toHaveValue(DEMO_TITLE);
  // A paragraph's Dutch and English fields sit level, although only the English has a hint under it.
  const paragraph = teacher
    .locator(".paragraph-edit")
    .filter({ has: teacher.getByRole("textbox", { name: "English", exact: true }) })
    .first();
  const [dutchField, englishField] = await Promise.all(
    ["Dutch", "English"].map((name) => paragraph.getByRole("textbox", { name, exact: true }).boundingBox()),
  );
  expect(Math.round(dutchField!.y)).toBe(Math.round(englishField!.y));
  expect(await seriousViolations(teacher)).toEqual([]);
});

test("@phone a learner joins a class and sees its lessons on a phone", async ({ page }) => {
  await registerLearner(page, "Phone Learner");
  await page.goto("/en/join");
  await page.getByLabel("Class code").fill("ZZZ-ZZZ");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No class has this code. Check it with your teacher.")).toBeVisible();
  await snapshot(page, "classroom-join-phone");
  expect(await seriousViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
