/**
 * Lighthouse 12.2.3 (pinned: it is the last release that runs on Node 20) in its default mobile mode (a
 * Moto G-sized screen, simulated slow 4G and a 4× slower CPU) on the built app: the demo reader signed in, the
 * lessons list, and the vocabulary page of the demo learner. Prints JSON with the four category scores (0–100) and
 * the cumulative layout shift of each page, the median of `--runs` runs (default 5: one run's blocking time varies by a factor of two). Lighthouse runs as its own CLI
 * process under plain Node: loaded through tsx, the functions it sends into the page carry esbuild's name helpers,
 * which do not exist there.
 *
 *   npm run bench:lighthouse                 # builds first if there is no build
 *   npm run bench:lighthouse -- --runs 5
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";
import { numberOption, root, signedInCookie, startBenchServer } from "./bench-server";

const runs = numberOption("runs", 5);
const port = numberOption("port", 3340);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface PageScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cumulativeLayoutShift: number;
  /** The timings the performance score weighs most, to say what moved it. */
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Audits of accessibility, best practices and SEO that counted and did not pass, to say what to fix. */
  failing: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The subset of a Lighthouse result this benchmark reads. */
interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { numericValue?: number; score: number | null } | undefined>;
}

async function audit(url: string, cookie: string | null, chrome: string): Promise<PageScores> {
  const cli = path.join(root, "node_modules/lighthouse/cli/index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chrome },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { categories, audits } = JSON.parse(stdout) as LighthouseResult;
  const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    cumulativeLayoutShift: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    largestContentfulPaintMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    totalBlockingTimeMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    failing: (["accessibility", "best-practices", "seo"] as const).flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    ),
  };
}

async function main() {
  const executable = chromiumPath();
  if (!executable) throw new Error("No Chromium found: apt-get install chromium, or set CHROMIUM_PATH");
  const server = await startBenchServer("bench-lighthouse", port);
  try {
    const sqlite = new Database(server.databaseFile, { readonly: true });
    const lesson = sqlite.prepare("SELECT id FROM Lesson WHERE slug = ?").get("zelenski-biden-2022-01") as {
      id: string;
    };
    sqlite.close();
    const cookie = signedInCookie(server.databaseFile, "learner@example.com");
    const pages = {
      reader: { url: `${server.base}/en/lessons/${lesson.id}`, cookie },
      lessons: { url: `${server.base}/en`, cookie: null },
      vocabulary: { url: `${server.base}/en/vocabulary`, cookie },
    };
    const results: Record<string, PageScores> = {};
    for (const [name, page] of Object.entries(pages)) {
      const scores: PageScores[] = [];
      for (let run = 0; run < runs; run++) scores.push(await audit(page.url, page.cookie, executable));
      const key = (field: Exclude<keyof PageScores, "failing">) => median(scores.map((entry) => entry[field]));
      results[name] = {
        performance: key("performance"),
        accessibility: key("accessibility"),
        bestPractices: key("bestPractices"),
        seo: key("seo"),
        cumulativeLayoutShift: key("cumulativeLayoutShift"),
        largestContentfulPaintMs: key("largestContentfulPaintMs"),
        totalBlockingTimeMs: key("totalBlockingTimeMs"),
        failing: [...new Set(scores.flatMap((entry) => entry.failing))],
      };
    }
    console.log(JSON.stringify({ lighthouse: "12.2.3", formFactor: "mobile", runs, pages: results }, null, 2));
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
