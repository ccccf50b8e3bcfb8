import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  openDemoLesson,
  pageBackground,
  sentenceTextSize,
  registerLearner,
  secondBrowser,
  signIn,
  snapshot,
} from "./helpers";

/** The save of the reading settings that carries `text` (the action's arguments are the settings' JSON). */
const savedWith = (page: Page, text: string) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      response.request().headers()["next-action"] !== undefined &&
      (response.request().postData() ?? "").includes(text),
  );

test("reading settings chosen signed in follow the learner to a new browser", async ({ page, browser }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const account = await registerLearner(page);
  await openDemoLesson(page);
  const before = await sentenceTextSize(page);
  await page.getByText("Reading settings").click();
  const size = page.getByRole("group", { name: "Text size" });
  await size.getByRole("button", { name: "Larger" }).click();
  await size.getByRole("button", { name: "Larger" }).click();
  const saved = savedWith(page, "dark");
  await page.getByRole("group", { name: "Theme" }).getByLabel("Dark").check();
  await saved;
  await expect(page.getByText("Remembered in this browser and with your account.")).toBeVisible();

  // Another browser, nothing in its storage, the device light: signing in brings the account's settings.
  const other = await secondBrowser(browser);
  await other.emulateMedia({ colorScheme: "light" });
  await openDemoLesson(other);
  expect(await pageBackground(other)).toBe(LIGHT_BACKGROUND);
  await signIn(other, account);
  await expect.poll(() => pageBackground(other)).toBe(DARK_BACKGROUND);
  await openDemoLesson(other);
  expect(await pageBackground(other)).toBe(DARK_BACKGROUND);
  expect(await sentenceTextSize(other)).toBeCloseTo(before * 1.2, 0);
  await other.getByText("Reading settings").click();
  await expect(other.getByRole("group", { name: "Text size" })).toContainText("120 %");
  await snapshot(other, "reading-settings-account-new-browser");
  await other.context().close();
});

test("settings chosen before signing up go with the new account", async ({ page, browser }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openDemoLesson(page);
  await page.getByText("Reading settings").click();
  await page.getByRole("group", { name: "Line spacing" }).getByLabel("Loose").check();
  await expect(page.getByText("Remembered in this browser.")).toBeVisible();
  // The account keeps none yet, and these differ from the defaults: they are uploaded.
  const uploaded = savedWith(page, "lineSpacing");
  const account = await registerLearner(page);
  await uploaded;

  const other = await secondBrowser(browser);
  await signIn(other, account);
  await openDemoLesson(other);
  await other.getByText("Reading settings").click();
  await expect(other.getByRole("group", { name: "Line spacing" }).getByLabel("Loose")).toBeChecked();
  await other.context().close();
});

test("the Settings page shows the reading settings, kept with the account", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await registerLearner(page);
  await page.goto("/en/settings");
  const section = page.getByRole("region", { name: "Reading settings" });
  const saved = savedWith(page, "dark");
  await section.getByRole("group", { name: "Theme" }).getByLabel("Dark").check();
  await saved;
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
  await expect(section).toContainText("Remembered in this browser and with your account.");
  await snapshot(page, "reading-settings-on-settings-page");
});
