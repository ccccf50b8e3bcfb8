import type { Locator, Page } from "@playwright/test";
import { docxParts, wordParagraph } from "../support/build-docx";
import { buildZip } from "../support/build-zip";
import { expect, test } from "./fixtures";
import { registerLearner, snapshot } from "./helpers";

/** A small Word file whose first paragraph has Word's "Title" style. */
function wordFile(title: string): Buffer {
  return Buffer.from(
    buildZip(docxParts(wordParagraph(title, "Title") + wordParagraph("De trein vertrekt om negen uur."))),
  );
}

/** The message a field is described by, and how the field itself is marked. */
async function flagOf(field: Locator): Promise<{ invalid: string | null; message: string; border: string }> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute("aria-describedby") ?? "").split(" ");
    const message = ids
      .map((id) => document.getElementById(id))
      .find((described) => described?.classList.contains("field-error"));
    return {
      invalid: element.getAttribute("aria-invalid"),
      message: message?.textContent ?? "",
      border: getComputedStyle(element).borderTopColor,
    };
  });
}

async function expectBothFlagged(page: Page): Promise<void> {
  const title = await flagOf(page.getByLabel("Title"));
  const text = await flagOf(page.getByLabel("Dutch text"));
  expect(title).toEqual({ invalid: "true", message: "This field is required.", border: text.border });
  expect(text.invalid).toBe("true");
  expect(text.message).toMatch(/^The text is empty\./);
  await expect(page.locator(".field-error", { hasText: "The text is empty." })).toBeVisible();
}

test("an empty text is flagged as clearly as an empty title, before sending and by the server", async ({
  page,
  browser,
}) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expectBothFlagged(page);
  await expect(page.getByLabel("Title")).toBeFocused();
  await snapshot(page, "editors-new-lesson-empty");

  // A title alone still leaves the text flagged, and focus goes to it.
  await page.getByLabel("Title").fill("De trein");
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByLabel("Dutch text")).toBeFocused();
  expect((await flagOf(page.getByLabel("Dutch text"))).invalid).toBe("true");
  expect((await flagOf(page.getByLabel("Title"))).invalid).toBeNull();

  // Without JavaScript the form goes to the server, which flags both the same way.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    extraHTTPHeaders: { "x-forwarded-for": "10.251.0.1" },
  });
  const plain = await noScript.newPage();
  await plain.goto("/en/lessons/new");
  await plain.getByLabel("Title").fill("   ");
  await plain.getByRole("button", { name: "Create lesson" }).click();
  await expect(plain.locator(".field-error").first()).toBeVisible();
  await expectBothFlagged(plain);
  await noScript.close();
});

test("an uploaded HTML or Word file proposes its title, without overwriting a typed one", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  const title = page.getByLabel("Title");
  const file = page.getByLabel("Or upload a file");

  await file.setInputFiles({
    name: "trein.html",
    mimeType: "text/html",
    buffer: Buffer.from("<html><head><title>De trein naar Utrecht</title></head><body><p>Tekst.</p></body></html>"),
  });
  await expect(title).toHaveValue("De trein naar Utrecht");
  await expect(page.getByText("Taken from the file’s title")).toBeVisible();

  // Another file replaces a proposed title…
  await file.setInputFiles({
    name: "minsk.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: wordFile("Biden verzekert Zelenski"),
  });
  await expect(title).toHaveValue("Biden verzekert Zelenski");
  await snapshot(page, "editors-new-lesson-title-proposed");

  // …but never one the user typed.
  await title.fill("Mijn eigen titel");
  await file.setInputFiles({
    name: "trein.html",
    mimeType: "text/html",
    buffer: Buffer.from("<h1>De trein naar Utrecht</h1><p>Tekst.</p>"),
  });
  await page.waitForLoadState("networkidle");
  await expect(title).toHaveValue("Mijn eigen titel");

  // The proposed title is the lesson's title.
  await title.fill("");
  await file.setInputFiles({
    name: "minsk.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: wordFile("Biden verzekert Zelenski"),
  });
  await expect(title).toHaveValue("Biden verzekert Zelenski");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Biden verzekert Zelenski" })).toBeVisible();
});
