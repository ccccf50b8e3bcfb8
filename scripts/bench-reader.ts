/**
 * Reader benchmark: starts the built app (`next start`) on its own seeded database and measures the demo lesson's
 * reader page: latency (p50, p99) and throughput at 20 concurrent connections, signed out, signed in, and signed out
 * while eight clients keep failing to sign in from ever new addresses; the
 * first-load JavaScript of the page (every script the HTML loads, gzipped), and the word card's look-up
 * (`/api/lessons/:id/words`) at the same concurrency, over every word of the lesson.
 *
 *   npm run bench                 # builds first if there is no build
 *   npm run bench -- --seconds 20 --connections 20
 */
import {
  firstLoadJavaScript,
  formActionFields,
  get,
  multipart,
  numberOption,
  percentile,
  request,
  signedInCookie,
  startBenchServer,
} from "./bench-server";

const seconds = numberOption("seconds", 10);
const connections = numberOption("connections", 20);
const port = numberOption("port", 3310);

async function load(urls: string | string[], cookie?: string, concurrency = connections) {
  const list = Array.isArray(urls) ? urls : [urls];
  let next = 0;
  const pick = () => list[next++ % list.length]!;
  for (let i = 0; i < 50; i++) await get(pick(), cookie); // warm-up
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const { status } = await get(pick(), cookie);
      latencies.push(performance.now() - started);
      if (status !== 200) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
  };
}

/**
 * Runs `measure` while `clients` clients keep failing to sign in with made-up e-mail addresses, each attempt from
 * another made-up network address (the server trusts one proxy hop here), as a botnet would: no per-address limit
 * helps, so this shows what bounding the password hashing leaves for readers.
 */
async function duringSignInFlood<T>(base: string, clients: number, measure: () => Promise<T>) {
  const action = await formActionFields(`${base}/en/sign-in`);
  let running = true;
  const answers: Record<string, number> = {};
  const flood = async () => {
    while (running) {
      const address = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
      const { body, contentType } = multipart({
        ...action,
        lng: "en",
        email: `nobody-${Math.random().toString(36).slice(2)}@example.com`,
        password: "not the password",
      });
      const answer = await request(`${base}/en/sign-in`, {
        method: "POST",
        headers: { "content-type": contentType, "x-forwarded-for": address },
        body,
      });
      // The form's message, as a browser without JavaScript shows it.
      const message = /<p class="form-error" role="alert">([^<]*)</.exec(answer.body.toString())?.[1] ?? "";
      const kind = message.includes("busy") ? "busy" : message.includes("not right") ? "wrongPassword" : "other";
      answers[kind] = (answers[kind] ?? 0) + 1;
    }
  };
  const floods = Array.from({ length: clients }, flood);
  const result = await measure();
  running = false;
  await Promise.all(floods);
  return { ...result, signInClients: clients, signInAnswers: answers };
}

/** A look-up URL for every word of every Dutch sentence of the page (offsets of word starts). */
function wordLookupUrls(base: string, lessonId: string, html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<div class="cell-nl" lang="nl">(.*?)<\/div>/gs)) {
    for (const sentence of match[1]!.matchAll(
      /data-pair="([^"]+):(\d+)"[^>]*>(.*?)<\/span>(?= |<\/p>|<\/h2>|<\/blockquote>)/gs,
    )) {
      const text = sentence[3]!.replace(/<[^>]+>/g, "");
      for (const word of text.matchAll(/\p{L}+/gu)) {
        urls.push(`${base}/api/lessons/${lessonId}/words?p=${sentence[1]}&s=${sentence[2]}&o=${word.index}`);
      }
    }
  }
  return urls;
}

async function main(): Promise<void> {
  const { base, databaseFile, stop } = await startBenchServer("bench", port, { TRUST_PROXY: "1" });
  try {
    const lessons = (await get(`${base}/en`)).body.toString();
    const lessonPath = /href="(\/en\/lessons\/[^"]+)"/.exec(lessons)?.[1];
    if (!lessonPath) throw new Error("demo lesson not found on the lessons page");
    const url = `${base}${lessonPath}`;
    const page = (await get(url)).body.toString();
    const cookie = signedInCookie(databaseFile, "learner@example.com");
    const words = wordLookupUrls(base, lessonPath.split("/").pop()!, page);
    const result = {
      page: lessonPath,
      connections,
      seconds,
      signedOut: await load(url),
      signedIn: await load(url, cookie),
      signedOutDuringSignInFlood: await duringSignInFlood(base, 8, () => load(url)),
      wordLookup: { words: words.length, ...(await load(words)) },
      wordLookupOneClient: await load(words, undefined, 1),
      htmlKB: Math.round(Buffer.byteLength(page) / 1024),
      firstLoadJavaScript: await firstLoadJavaScript(base, page),
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
