import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { openDemoLesson, registerLearner, snapshot, chooseFromAccountMenu } from "./helpers";

/**
 * Writes `count` saved words for an account straight into the e2e server's database (saving a hundred words
 * through the reader would take minutes): "vrede-000", "woord-001", "vrede-002" …, one second apart, "vrede-000"
 * the oldest. Timestamps are written the way Prisma's SQLite adapter writes them, so they sort with its own.
 */
function saveWordsDirectly(email: string, count: number) {
  const db = new Database(path.resolve(__dirname, "../.tmp/e2e.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const { id: userId } = db.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string };
    const insert = db.prepare(
      "INSERT INTO VocabularyItem (id, userId, key, headword, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const headword = `${i % 2 === 0 ? "vrede" : "woord"}-${String(i).padStart(3, "0")}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString().replace("Z", "+00:00");
        insert.run(`${userId}-${i}`, userId, headword, headword, at, at);
      }
    })();
  } finally {
    db.close();
  }
}

test("a learner saves a glossary term from the reader and finds it on the vocabulary page", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  const card = page.getByRole("dialog");
  await expect(card).toContainText("Minsk-akkoorden");
  await snapshot(page, "reader-card");
  await card.getByRole("button", { name: "Save to my vocabulary" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: /Saved “.+” to your vocabulary/ })).toBeVisible();

  await chooseFromAccountMenu(page, "My vocabulary");
  const item = page.locator(".vocabulary-item", { hasText: "Minsk-akkoorden" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Minsk agreements");
  await expect(item).toContainText("de implementatie van de akkoorden van Minsk te versnellen");
  await snapshot(page, "vocabulary");

  await page.getByLabel("Search your vocabulary").fill("Minsk");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator(".vocabulary-item")).toHaveCount(1);
  await page.getByLabel("Search your vocabulary").fill("kernwapen");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No saved word matches “kernwapen”.")).toBeVisible();

  await page.goto("/en/vocabulary");
  await page.getByRole("button", { name: "Delete “Minsk-akkoorden” from your vocabulary" }).click();
  await expect(page.locator(".vocabulary-item")).toHaveCount(0);
});

test("a selected word can be saved, and the save can be undone", async ({ page }) => {
  await registerLearner(page);
  await openDemoLesson(page);
  const sentence = page.locator(".cell-nl .sentence", { hasText: "Ook bespraken ze hervormingen." });
  await sentence.evaluate((element) => {
    const text = element.firstChild!;
    const start = text.textContent!.indexOf("bespraken");
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + "bespraken".length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    element.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Save “bespraken”" }).click();
  const toast = page.getByRole("status").filter({ hasText: /Saved “.+” to your vocabulary/ });
  await expect(toast).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.locator(".vocabulary-item h2")).toHaveText(["bespraken"]);

  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Save to my vocabulary" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is no longer in your vocabulary" })).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.locator(".vocabulary-item h2")).toHaveText(["bespraken"]);
});

test("signed out, the reader offers sign-in instead of saving", async ({ page }) => {
  await openDemoLesson(page);
  await page.getByRole("button", { name: "akkoorden van Minsk" }).click();
  await expect(page.getByRole("dialog").getByRole("link", { name: "Sign in to save words" })).toBeVisible();
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("link", { name: "Sign in to see your vocabulary." })).toBeVisible();
});

test("a long vocabulary pages by keyboard, newest first, and a search keeps to its own pages", async ({ page }) => {
  const account = await registerLearner(page);
  saveWordsDirectly(account.email, 110);
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("status").filter({ hasText: "1–50 of 110 items" })).toBeVisible();
  await expect(page.locator(".vocabulary-item h2").first()).toHaveText("woord-109");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 3");
  await expect(pages.getByRole("link", { name: "Newer words" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Older words" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/vocabulary\?page=2$/);
  await expect(page.getByRole("status").filter({ hasText: "51–100 of 110 items" })).toBeVisible();
  await expect(page.locator(".vocabulary-item h2").first()).toHaveText("woord-059");
  await pages.getByRole("link", { name: "Older words" }).click();
  await expect(page.locator(".vocabulary-item h2")).toHaveText(
    Array.from({ length: 10 }, (_, i) => `${i % 2 === 0 ? "woord" : "vrede"}-${String(9 - i).padStart(3, "0")}`),
  );
  await expect(pages.getByRole("link", { name: "Older words" })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Newer words" })).toHaveAttribute("href", "/en/vocabulary?page=2");

  await page.getByLabel("Search your vocabulary").fill("vrede");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1–50 of 55 items" })).toBeVisible();
  await pages.getByRole("link", { name: "Older words" }).click();
  await expect(page).toHaveURL(/\?q=vrede&page=2$/);
  await expect(page.locator(".vocabulary-item h2")).toHaveText([
    "vrede-008",
    "vrede-006",
    "vrede-004",
    "vrede-002",
    "vrede-000",
  ]);

  for (const [query, range] of [
    ["page=abc", "1–50 of 110 items"],
    ["page=-1", "1–50 of 110 items"],
    ["page=99999999999", "101–110 of 110 items"],
  ]) {
    await page.goto(`/en/vocabulary?${query}`);
    await expect(page.getByRole("status").filter({ hasText: range })).toBeVisible();
  }
  await page.goto("/nl/vocabulary?page=2");
  await expect(page.getByRole("status").filter({ hasText: "51–100 van 110 woorden" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pagina's" })).toContainText("Pagina 2 van 3");
});

test("signed out, the vocabulary page asks to sign in and asks search engines not to index it", async ({ page }) => {
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("link", { name: /sign in/i }).last()).toBeVisible();
  await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(1);
  await registerLearner(page);
  await page.goto("/en/vocabulary");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(0);
});
