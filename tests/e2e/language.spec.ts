import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, signIn, snapshot } from "./helpers";

test("the interface switches to Dutch and remembers it", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByRole("button", { name: "Switch the interface to Nederlands" }).click();
  await expect(page).toHaveURL(/\/nl\/lessons\//);
  await expect(page.getByRole("link", { name: "Lessen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Engels verbergen" })).toBeVisible();
  await snapshot(page, "reader-dutch-ui");

  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lessen");

  await page.getByRole("button", { name: "Zet de interface in het English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lessons");
});

test("a browser that prefers Dutch gets the Dutch interface", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "nl-NL", baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await context.close();
});

test("the chosen language follows the account to another browser", async ({ page, browser, baseURL }) => {
  const account = await registerLearner(page);
  await page.getByRole("button", { name: "Switch the interface to Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lessen");

  const other = await browser.newContext({ locale: "en-GB", baseURL });
  const elsewhere = await other.newPage();
  await signIn(elsewhere, account, "en", "nl");
  await expect(elsewhere).toHaveURL(/\/nl$/);
  await other.close();
});
