/**
 * How long a merge takes on the alignment screen of a long lesson, in Chromium on the built app: `mergeMs` from the
 * click to the next painted frame (React's render and commit, then style, layout and paint, and the wait for the
 * frame: up to 17 ms at 60 Hz), and `commitMs` until React has rendered and committed (a click is a discrete event:
 * React renders it in a microtask queued during the click, so one queued after the click runs once it is done). The lesson is made through the new-lesson form with a pasted
 * translation of as many sentences as `--sentences` (default 370), the way a teacher makes one. Each sample merges a
 * pair (spread over the lesson) and is undone before the next, so every merge sees the full lesson.
 * Prints JSON: { pairs, samples, mergeMs: { p50, max }, commitMs: { p50, max } }.
 *
 *   npm run bench:alignment-editor                      # builds first if there is no build
 *   npm run bench:alignment-editor -- --samples 40
 */
import { chromium } from "@playwright/test";
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";
import { numberOption, percentile, signedInCookie, startBenchServer } from "./bench-server";

const sentences = numberOption("sentences", 370);
const samples = numberOption("samples", 20);
const port = numberOption("port", 3350);
const SENTENCES_PER_PARAGRAPH = 5;

const PLACES = ["de markt", "het station", "de school", "het park", "de haven", "het museum", "de bakker"];
const PLACES_EN = ["the market", "the station", "the school", "the park", "the harbour", "the museum", "the baker"];

/** A Dutch text and its translation, one numbered sentence each, in paragraphs of five. */
function lessonTexts(count: number): { dutch: string; english: string } {
  const dutch: string[] = [];
  const english: string[] = [];
  for (let n = 1; n <= count; n++) {
    const place = n % PLACES.length;
    const end = n % SENTENCES_PER_PARAGRAPH === 0 ? "\n\n" : " ";
    dutch.push(`Op dag ${n} loopt Anna met ${n % 9} vrienden naar ${PLACES[place]}.${end}`);
    english.push(`On day ${n} Anna walks to ${PLACES_EN[place]} with ${n % 9} friends.${end}`);
  }
  return { dutch: dutch.join("").trim(), english: english.join("").trim() };
}

/** Clicks the `index`-th merge button that applies; the times until React committed and until the next paint. */
function timedMerge(index: number): Promise<{ commit: number; paint: number }> {
  const buttons = document.querySelectorAll<HTMLButtonElement>('.pair [data-tool="merge"]:not([aria-disabled])');
  const button = buttons[Math.min(index, buttons.length - 1)]!;
  return new Promise((resolve) => {
    const start = performance.now();
    let commit = 0;
    button.click();
    queueMicrotask(() => (commit = performance.now() - start));
    requestAnimationFrame(() => setTimeout(() => resolve({ commit, paint: performance.now() - start }), 0));
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function summary(times: number[]): { p50: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), max: round(sorted.at(-1)!) };
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found: apt-get install chromium, or set CHROMIUM_PATH");
  const server = await startBenchServer("bench-alignment-editor", port);
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const [name, value] = signedInCookie(server.databaseFile, "learner@example.com").split("=") as [string, string];
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    const { dutch, english } = lessonTexts(sentences);
    await page.goto(`${server.base}/en/lessons/new`);
    await page.getByLabel("Title").fill("Een lange les");
    await page.getByLabel("Dutch text").fill(dutch);
    await page.getByLabel("Paste or upload my own translation").check();
    await page.getByLabel("English text").fill(english);
    await page.getByRole("button", { name: "Create lesson" }).click();
    await page.waitForURL(/\/alignment$/, { timeout: 120_000 });
    const pairs = await page.locator(".pair").count();

    const mergeable = await page.locator('.pair [data-tool="merge"]:not([aria-disabled])').count();
    const times: { commit: number; paint: number }[] = [];
    for (let sample = 0; sample < samples; sample++) {
      const index = Math.floor(((sample + 0.5) / samples) * mergeable);
      times.push(await page.evaluate(timedMerge, index));
      await page.getByRole("button", { name: "Undo" }).click();
      await page
        .locator(".pair")
        .nth(pairs - 1)
        .waitFor();
    }
    const mergeMs = summary(times.map((time) => time.paint));
    const commitMs = summary(times.map((time) => time.commit));
    console.log(JSON.stringify({ pairs, samples, mergeMs, commitMs }));
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
