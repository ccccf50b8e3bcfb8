import { expect, test } from "./fixtures";
import { registerLearner, signIn, chooseFromAccountMenu } from "./helpers";

test("a learner signs out on every device from Settings", async ({ page, browser, baseURL }) => {
  const account = await registerLearner(page);
  const otherDevice = await browser.newContext({ baseURL });
  const elsewhere = await otherDevice.newPage();
  await signIn(elsewhere, account);

  await chooseFromAccountMenu(page, "Settings");
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "DeepL" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await elsewhere.reload();
  await expect(elsewhere.getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();
});

test("Settings sends a signed-out visitor to sign in first", async ({ page }) => {
  await page.goto("/en/settings");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fsettings$/);
});

test("after five wrong passwords the form asks to wait, even for the right one", async ({ page }) => {
  const account = await registerLearner(page);
  await chooseFromAccountMenu(page, "Sign out");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/sign-in");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  const submit = page.getByRole("button", { name: "Sign in" });
  /** Sends the form and waits for the server's answer (the message of the attempt before is still shown until then). */
  const attempt = async (password: string) => {
    await expect(submit).toBeEnabled();
    await page.getByLabel("E-mail address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in")),
      submit.click(),
    ]);
    await expect(submit).toBeEnabled();
  };
  for (let failure = 0; failure < 5; failure++) {
    await attempt(`wrong guess ${failure}`);
    await expect(alert).toHaveText("The e-mail address or password is not right.");
  }
  await attempt(account.password);
  await expect(alert).toHaveText("Too many attempts. Please wait a while and try again.");
});
