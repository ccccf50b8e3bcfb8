import { expect, test } from "./fixtures";
import { registerLearner, snapshot, chooseFromAccountMenu } from "./helpers";

const DUTCH = `De trein naar Utrecht

De trein vertrekt om negen uur. Hij is vaak te laat.

Mijn zus woont in Utrecht. Ze werkt in een ziekenhuis. Ze vindt haar werk leuk.`;

// The translator joined two Dutch sentences into one, and the aligner should pair them 2-1.
const ENGLISH = `The train to Utrecht

The train leaves at nine o'clock and is often late.

My sister lives in Utrecht. She works in a hospital. She likes her work.`;

test("a pasted text and translation become an aligned lesson, and a pair can be corrected", async ({ page }) => {
  await registerLearner(page);
  await chooseFromAccountMenu(page, "New lesson");
  await page.getByLabel("Title").fill("De trein");
  await page.getByLabel("Level").selectOption("A2");
  await page.getByLabel("Dutch text").fill(DUTCH);
  await page.getByLabel("Paste or upload my own translation").check();
  await page.getByLabel("English text").fill(ENGLISH);
  await page.getByRole("button", { name: "Create lesson" }).click();

  await expect(page.getByRole("heading", { name: "Check the sentence pairs" })).toBeVisible();
  const pairs = page.locator(".pair");
  await expect(pairs.filter({ hasText: "De trein vertrekt om negen uur. Hij is vaak te laat." })).toContainText(
    "The train leaves at nine o'clock and is often late.",
  );
  await snapshot(page, "alignment-editor");

  // Correct one pair: split the 2-1 pair, so "Hij is vaak te laat." stands alone.
  const merged = pairs.filter({ hasText: "Hij is vaak te laat." });
  await merged.getByRole("button", { name: "Split" }).click();
  await expect(pairs.filter({ hasText: "Hij is vaak te laat." })).toContainText("(no English)");
  await page.getByRole("button", { name: "Save the pairs" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "De trein" })).toBeVisible();
  const dutch = page.locator(".cell-nl .sentence", { hasText: "Ze werkt in een ziekenhuis." });
  await dutch.hover();
  const pair = await dutch.getAttribute("data-pair");
  await expect(page.locator(`.cell-en .sentence[data-pair="${pair}"]`)).toHaveText("She works in a hospital.");
  await expect(page.locator(`.cell-en .sentence[data-pair="${pair}"]`)).toHaveClass(/is-paired/);
  await expect(page.locator(".kind-heading h2").first()).toHaveText("De trein naar Utrecht");
  await snapshot(page, "new-lesson-reader");

  // The lesson is private: another visitor gets a not-found page.
  const url = page.url();
  await chooseFromAccountMenu(page, "Sign out");
  await expect(page.getByRole("link", { name: "Sign in", exact: true }).first()).toBeVisible();
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
});

test("a lesson without translation gets a glossary term that the reader then marks", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Hervormingen");
  await page.getByLabel("Dutch text").fill("De regering belooft hervormingen. Iedereen wacht.");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("No translation yet.").first()).toBeVisible();

  await page.getByRole("link", { name: "Edit glossary" }).click();
  await page.getByLabel("Dutch term").fill("hervorming");
  await page.getByLabel("English", { exact: true }).fill("reform");
  await page.getByLabel("Note for learners").fill("<script>alert(1)</script> stays text");
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "hervorming" })).toBeVisible();

  await page.getByRole("link", { name: "Back to the lesson" }).click();
  const term = page.getByRole("button", { name: "hervormingen" });
  await term.hover();
  await expect(page.getByRole("tooltip")).toContainText("<script>alert(1)</script> stays text");

  // The owner deletes the lesson, after confirming.
  await page.getByRole("button", { name: "Delete lesson" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("link", { name: "Hervormingen" })).toHaveCount(0);
  await expect(page.locator(".lesson-card")).toHaveCount(3);
});

test("bad input gets clear messages", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Leeg");
  await page.getByLabel("No translation for now").check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("The text is empty. Paste a Dutch text or choose a file.")).toBeVisible();

  await page.getByLabel("Or upload a file").setInputFiles({
    name: "programma.exe",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("MZ"),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("This kind of file is not supported.")).toBeVisible();

  await page.getByLabel("Or upload a file").setInputFiles({
    name: "artikel.html",
    mimeType: "text/html",
    buffer: Buffer.from(
      "<nav>Menu</nav><article><h1>Kop</h1><p>Een zin uit een artikel.</p></article><script>x()</script>",
    ),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leeg" })).toBeVisible();
  await expect(page.locator(".cell-nl")).toHaveText(["Kop", "Een zin uit een artikel."]);
});

test("DeepL translates a new lesson while the reader shows its progress", async ({ page }) => {
  test.setTimeout(60_000);
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Vertaald");
  // Three requests of 50 paragraphs, each answered after a second (scripts/e2e-server.sh): the progress is still
  // there when the reader has loaded, even on a busy machine. Paragraphs of their own, so that none comes from the
  // translation memory of an earlier run.
  const run = Date.now().toString().slice(-6);
  const paragraphs = Array.from(
    { length: 150 },
    (_, index) => `Dit is alinea ${index + 1} van ${run}. Het huis is groot.`,
  );
  await page.getByLabel("Dutch text").fill(paragraphs.join("\n\n"));
  await expect(page.getByLabel("Translate with DeepL")).toBeChecked();
  await page.getByRole("button", { name: "Create lesson" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Vertaald" })).toBeVisible();
  await expect(page.getByText(/Translating with DeepL: \d+ of 150 paragraphs\./)).toBeVisible();
  await snapshot(page, "deepl-progress");
  const first = page.locator(".cell-nl .sentence", { hasText: `Dit is alinea 1 van ${run}.` });
  const pair = await first.getAttribute("data-pair");
  await expect(page.locator(`.cell-en .sentence[data-pair="${pair}"]`)).toHaveText(/^EN: /, { timeout: 15_000 });
  await expect(page.locator(".cell-en .sentence").last()).toHaveText(/^EN: /, { timeout: 30_000 });
  await expect(page.getByText(/Translating with DeepL/)).toBeHidden();
});

test("too long texts and too large files get their own messages", async ({ page }) => {
  await registerLearner(page);
  await page.goto("/en/lessons/new");
  await page.getByLabel("Title").fill("Te lang");
  await page.getByLabel("No translation for now").check();
  const longText = "De zon schijnt vandaag erg fel boven de stad. ".repeat(40_000);
  await page.getByLabel("Or upload a file").setInputFiles({
    name: "lang.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(longText),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("The text is too long: at most 200,000 characters.")).toBeVisible();

  await page.getByLabel("Or upload a file").setInputFiles({
    name: "groot.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(6 * 1024 * 1024, "a"),
  });
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page.getByText("The file is too large: at most 5 MB.")).toBeVisible();
});
