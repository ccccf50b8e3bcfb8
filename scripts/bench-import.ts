/**
 * Import benchmark: starts the built app (`next start`) on its own seeded database and creates lessons through the
 * new-lesson form exactly as a browser without JavaScript posts it (multipart, with the form's own hidden action
 * fields), while another client asks `GET /api/session` (signed in, so it reads the database) every 20 ms. For each
 * import it prints the time until the server answered with the new lesson's address (`importMs`) and the slowest
 * session answer meanwhile (`probeMaxMs`; target < 500 ms), then the first reader page of the largest lesson (its
 * first request computes the page boundaries; later ones use them).
 *
 *   npm run bench:import          # builds first if there is no build
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  formActionFields,
  get,
  multipart,
  numberOption,
  request,
  root,
  signedInCookie,
  startBenchServer,
  type Field,
} from "./bench-server";

const port = numberOption("port", 3320);

interface SeedLesson {
  paragraphs: { sentences: { source: string; translation: string }[] }[];
}

const demo = JSON.parse(
  readFileSync(path.join(root, "prisma/seed-data/lessons/zelenski-biden-2022-01.json"), "utf8"),
) as SeedLesson;
const demoDutch = demo.paragraphs.map((paragraph) => paragraph.sentences.map((s) => s.source).join(" ")).join("\n\n");
const demoEnglish = demo.paragraphs
  .map((paragraph) => paragraph.sentences.map((s) => s.translation).join(" "))
  .join("\n\n");

/** Real Dutch prose repeated up to just under the 200,000-character limit. */
function longText(): string {
  const copies = Math.floor(199_000 / (demoDutch.length + 2));
  return Array.from({ length: copies }, () => demoDutch).join("\n\n");
}

/** Asks for the session every 20 ms until stopped; the slowest answer is what another user would have waited. */
function probe(base: string, cookie: string) {
  let running = true;
  let maxMs = 0;
  let answers = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await get(`${base}/api/session`, cookie);
      maxMs = Math.max(maxMs, performance.now() - started);
      answers++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { probeMaxMs: Math.round(maxMs), probeAnswers: answers };
  };
}

async function importLesson(
  base: string,
  cookie: string,
  action: Record<string, string>,
  fields: Record<string, Field>,
) {
  const { body, contentType } = multipart({ ...action, lng: "en", level: "B1", ...fields });
  const stopProbe = probe(base, cookie);
  const started = performance.now();
  const answer = await request(`${base}/en/lessons/new`, {
    method: "POST",
    headers: { cookie, "content-type": contentType, "content-length": String(body.length) },
    body,
  });
  const importMs = Math.round(performance.now() - started);
  const location = answer.headers.location ?? "";
  if (!/\/lessons\/[^/]+/.test(location)) throw new Error(`import was not stored (status ${answer.status})`);
  return { location, result: { importMs, ...(await stopProbe()), requestKB: Math.round(body.length / 1024) } };
}

async function main(): Promise<void> {
  const { base, databaseFile, stop } = await startBenchServer("bench-import", port);
  try {
    const cookie = signedInCookie(databaseFile, "teacher@example.com");
    const action = await formActionFields(`${base}/en/lessons/new`, cookie);
    const demoArticle = await importLesson(base, cookie, action, {
      title: "Demo article",
      mode: "pasted",
      dutchText: demoDutch,
      englishText: demoEnglish,
    });
    const text200k = await importLesson(base, cookie, action, {
      title: "200,000 characters",
      mode: "none",
      dutchFile: { fileName: "long.txt", content: longText() },
    });
    const tinyParagraphs = await importLesson(base, cookie, action, {
      title: "25,000 tiny paragraphs",
      mode: "none",
      dutchText: "a.\n\n".repeat(25_000),
    });
    const readerUrl = new URL(tinyParagraphs.location, base).toString();
    const timed = async () => {
      const started = performance.now();
      const answer = await get(readerUrl, cookie);
      return { answer, ms: Math.round(performance.now() - started) };
    };
    const first = await timed();
    const again = await timed();
    const result = {
      demoArticle: demoArticle.result,
      text200k: text200k.result,
      tinyParagraphs25k: tinyParagraphs.result,
      readerPageOfTinyParagraphs: {
        status: first.answer.status,
        firstMs: first.ms,
        againMs: again.ms,
        htmlKB: Math.round(first.answer.body.length / 1024),
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
