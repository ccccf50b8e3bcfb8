import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_LEARNER = { email: "learner@example.com", password: "lees-nederlands" };

/** Saves a screenshot to look at after the run (test-results/screenshots/<name>.png). */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}

export async function openDemoLesson(page: Page, lng = "en"): Promise<void> {
  await page.goto(`/${lng}`);
  await page.getByRole("link", { name: /Biden verzekert Zelenski/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Biden verzekert Zelenski");
}

/** Signs in through the form in `lng`; the account's own language (`landsIn`) is the one the app then shows. */
export async function signIn(
  page: Page,
  account: { email: string; password: string },
  lng = "en",
  landsIn = lng,
): Promise<void> {
  await page.goto(`/${lng}/sign-in`);
  await page.getByLabel(lng === "nl" ? "E-mailadres" : "E-mail address").fill(account.email);
  await page.getByLabel(lng === "nl" ? "Wachtwoord" : "Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: lng === "nl" ? "Inloggen" : "Sign in" }).click();
  await expect(accountButton(page)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${landsIn}(/|$)`));
}

/** The header's account button, named by the signed-in user (it opens the account's links). */
export function accountButton(page: Page): Locator {
  return page.locator("header .account-button");
}

/** Opens the header's account menu and follows one of its links, or presses its button ("Sign out"). */
export async function chooseFromAccountMenu(page: Page, item: string): Promise<void> {
  await accountButton(page).click();
  const menu = page.locator("header .account-dropdown");
  await menu
    .getByRole("link", { name: item, exact: true })
    .or(menu.getByRole("button", { name: item, exact: true }))
    .click();
}

/** Registers a fresh learner (or, with `teacher`, a teacher) through the form, so a test's data is its own. */
export async function registerLearner(
  page: Page,
  name = "Test Learner",
  { teacher = false } = {},
): Promise<{ email: string; password: string }> {
  const account = { email: `learner-${randomUUID()}@example.com`, password: "correct horse battery" };
  await page.goto("/en/register");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  if (teacher) await page.getByLabel("I teach Dutch (teacher account)").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(accountButton(page)).toHaveText(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return account;
}

/** Clicks the middle of `word` inside a Dutch sentence, as a learner taps a word. */
export async function tapWord(page: Page, sentence: Locator, word: string): Promise<void> {
  const point = await sentence.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const index = node.data.search(new RegExp(`(?<![\\p{L}])${target}(?![\\p{L}])`, "u"));
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      node.parentElement!.scrollIntoView({ block: "center" });
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`${target} not found`);
  }, word);
  await page.mouse.click(point.x, point.y);
}

/** Axe's serious and critical findings on the page as it is now (WCAG 2.1 AA and best practice). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Next streams a page's <title> in again after a server action refreshes it, and axe reads the page as it is.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** A second person at their own browser, with their own client address for the attempt limits. */
export async function secondBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: {
      "x-forwarded-for": `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
    },
  });
  return context.newPage();
}

/** The font size (px) of the reader's first Dutch sentence. */
export const sentenceTextSize = (page: Page) =>
  page
    .locator(".cell-nl .sentence")
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

/** The page's background colour, which tells the theme in use. */
export const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
export const LIGHT_BACKGROUND = "rgb(251, 250, 247)";
export const DARK_BACKGROUND = "rgb(22, 24, 28)";
