import { expect, test } from "./fixtures";
import { accountButton, DEMO_LEARNER, registerLearner, signIn, chooseFromAccountMenu } from "./helpers";

test("the demo learner signs in and out", async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  await expect(accountButton(page)).toHaveText(/Lotte Leerling/);
  await accountButton(page).click();
  await expect(page.getByText("Signed in as Lotte Leerling")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByText("Signed in as Lotte Leerling")).toBeHidden();
  await expect(accountButton(page)).toBeFocused();
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await chooseFromAccountMenu(page, "Sign out");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong password and an existing address get clear messages", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail address").fill(DEMO_LEARNER.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "The e-mail address or password is not right.",
  );

  await page.goto("/en/register");
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("E-mail address").fill(DEMO_LEARNER.email);
  await page.getByLabel("Password", { exact: true }).fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText(
    "An account with this e-mail address already exists",
  );

  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The password must be at least 10 characters long.")).toBeVisible();
});

test("HTML typed into a name is shown as text, not run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await registerLearner(page, '<img src=x onerror="alert(1)"><b>Bold</b>');
  await accountButton(page).click();
  await expect(page.getByText('Signed in as <img src=x onerror="alert(1)"><b>Bold</b>')).toBeVisible();
  expect(dialogs).toBe(0);
});

test("a forged session cookie is treated as signed out", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "session", value: "forged-token", url: baseURL! }]);
  await page.goto("/en");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
