/**
 * What one learner does in the load benchmark, request for request as the reader in the browser does it:
 * - opens a reader page (a seeded public lesson, or the next page of the long class lesson), then at once asks for
 *   their word statuses of that page and sends the "open" event;
 * - reads: before each look-up a think time drawn from an exponential distribution (mean `thinkMs`, kept between
 *   200 ms and 4 × the mean), then opens the word card of a real word of the page (a word of the status answer);
 * - after 30 % of look-ups saves the word, after another 10 % sets its status (known 70 %, ignored 20 %, back to
 *   new 10 %), each after 0.5–1.5 s with the card open, through the reader's own server actions;
 * - turns the page after 3–8 look-ups;
 * - sends reading events as the reader's tracker does: "open" on arrival, every 15 s a batch (15 s of time, the
 *   paragraphs seen so far, the look-ups), and what is left as a text/plain beacon on leaving the page.
 * Which lesson: half the time the long class lesson (from a random page on the first visit, then page after page),
 * otherwise a seeded public lesson (the demo lesson half of those times).
 */
import type { WordStatus } from "../lib/vocabulary/word-status";
import type { LoadWorld, ReaderLessonInfo } from "./bench-load-world";
import type { Kind, LearnerClient, Timings } from "./bench-load-client";

export interface ActionIds {
  save: string;
  status: string;
}

/** A save the server answered as done: it must be in the database afterwards. */
export interface AnsweredSave {
  userId: string;
  itemId: string;
  contextId: string;
}

/** What a learner was told was stored: saves, and the status each word should have in the end. */
export interface LearnerRecord {
  userId: string;
  saves: AnsweredSave[];
  statuses: Map<string, WordStatus>;
}

export interface Behaviour {
  thinkMs: number;
  /** performance.now() after which no new page or look-up is started. */
  end: number;
}

const FLUSH_EVERY_MS = 15_000;
const SAVE_SHARE = 0.3;
const STATUS_SHARE = 0.1;
const MAX_EVENTS_PER_BATCH = 50;

type ReadingEvent = Record<string, string | number>;

interface PageWord {
  pair: string;
  start: number;
  key: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic generator per learner, so two runs draw the same choices (not the same timings). */
export function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export class SimulatedLearner {
  readonly record: LearnerRecord;
  private readonly pending = new Set<Promise<void>>();
  /** The open page's lesson and the events not sent yet. */
  private tracking: { lessonId: string; events: ReadingEvent[] } | null = null;
  private eventCount = 0;
  private longLessonPage = 0;

  constructor(
    private readonly index: number,
    private readonly client: LearnerClient,
    private readonly world: LoadWorld,
    private readonly actions: ActionIds,
    private readonly timings: Timings,
    private readonly random: () => number,
  ) {
    this.record = { userId: world.learners[index]!.id, saves: [], statuses: new Map() };
  }

  /** Reads until `behaviour.end`, starting at a random moment of the first think time; then sends what is left. */
  async run(behaviour: Behaviour): Promise<void> {
    await sleep(this.random() * behaviour.thinkMs);
    const timer = setInterval(() => this.flushOnTimer(), FLUSH_EVERY_MS);
    try {
      while (performance.now() < behaviour.end) {
        const [lesson, page] = this.nextPage();
        await this.readPage(lesson, page, behaviour);
      }
    } finally {
      clearInterval(timer);
      await Promise.all([...this.pending]);
    }
  }

  /** Opens a page and reads it: its statuses, 3–8 look-ups with saves and status changes, events, the beacon. */
  async readPage(lesson: ReaderLessonInfo, page: number, behaviour: Behaviour): Promise<void> {
    const pagePath = page > 1 ? `${lesson.path}/${page}` : lesson.path;
    const opened = await this.timed("page", () => this.client.send(pagePath));
    // A reader who gets an error page tries again after a while, not in a tight loop.
    if (!opened) {
      await sleep(behaviour.thinkMs);
      return;
    }
    this.tracking = { lessonId: lesson.id, events: [] };
    this.addEvent({ kind: "open" });
    this.sendEvents("application/json");
    const statuses = await this.timed("statuses", () =>
      this.client.send(`/api/lessons/${lesson.id}/word-statuses?page=${page}`),
    );
    const words = statuses ? pageWords(statuses) : [];
    const paragraphs = [...new Set(words.map((word) => this.world.positions.get(word.pair.split(":")[0]!)!))];
    const lookups = 3 + Math.floor(this.random() * 6);
    for (let n = 0; n < lookups && words.length > 0 && performance.now() < behaviour.end; n++) {
      await sleep(Math.min(4 * behaviour.thinkMs, Math.max(200, -Math.log(1 - this.random()) * behaviour.thinkMs)));
      if (performance.now() >= behaviour.end) break;
      const seenUpTo = Math.ceil(((n + 1) / lookups) * paragraphs.length);
      for (const paragraph of paragraphs.slice(Math.ceil((n / lookups) * paragraphs.length), seenUpTo)) {
        this.addEvent({ kind: "seen", paragraph });
      }
      await this.lookUp(lesson, pagePath, words[Math.floor(this.random() * words.length)]!);
    }
    this.addEvent({ kind: "time", seconds: 5 });
    this.sendEvents("text/plain");
    this.tracking = null;
  }

  private nextPage(): [ReaderLessonInfo, number] {
    const lessons = this.world.lessons;
    const long = lessons[lessons.length - 1]!;
    const roll = this.random();
    if (roll < 0.5) {
      this.longLessonPage =
        this.longLessonPage === 0 ? 1 + Math.floor(this.random() * long.pages) : (this.longLessonPage % long.pages) + 1;
      return [long, this.longLessonPage];
    }
    const seeded = lessons.length - 1;
    const which = roll < 0.75 ? 0 : 1 + Math.floor(this.random() * (seeded - 1));
    return [lessons[Math.min(which, seeded - 1)]!, 1];
  }

  private async lookUp(lesson: ReaderLessonInfo, pagePath: string, word: PageWord): Promise<void> {
    const [paragraphId, sentence] = word.pair.split(":") as [string, string];
    const answer = await this.timed("lookup", () =>
      this.client.send(`/api/lessons/${lesson.id}/words?p=${paragraphId}&s=${sentence}&o=${word.start}`),
    );
    if (!answer) return;
    const found = JSON.parse(answer) as { word: { start: number; end: number } };
    this.addEvent({
      kind: "lookup",
      paragraph: this.world.positions.get(paragraphId)!,
      sentence: Number(sentence),
      offset: found.word.start,
    });
    const roll = this.random();
    if (roll >= SAVE_SHARE + STATUS_SHARE) return;
    await sleep(500 + this.random() * 1000);
    if (roll < SAVE_SHARE) {
      const text = this.world.sentences.get(word.pair)!;
      const saved = await this.act("save", pagePath, this.actions.save, {
        lessonId: lesson.id,
        paragraphId,
        sentencePosition: Number(sentence),
        form: text.slice(found.word.start, found.word.end),
        wordOffset: found.word.start,
      });
      const data = saved as { itemId: string; contextId: string; key: string } | null;
      if (!data) return;
      this.record.saves.push({ userId: this.record.userId, itemId: data.itemId, contextId: data.contextId });
      this.record.statuses.set(data.key, "learning");
    } else {
      const pick = this.random();
      const status: WordStatus = pick < 0.7 ? "known" : pick < 0.9 ? "ignored" : "new";
      const changed = await this.act("status", pagePath, this.actions.status, { key: word.key, status });
      if (changed !== null) this.record.statuses.set(word.key, status);
    }
  }

  /** A timed request; its body when it answered 2xx, null (and counted as an error) otherwise. */
  private async timed(kind: Kind, send: () => ReturnType<LearnerClient["send"]>): Promise<string | null> {
    const started = performance.now();
    const answer = await send();
    const ok = answer.status >= 200 && answer.status < 300;
    this.timings.record(kind, started, ok ? null : `${answer.status} ${answer.body.slice(0, 200)}`);
    return ok ? answer.body : null;
  }

  /** A timed server action; its data when it answered { ok: true }, null (and counted as an error) otherwise. */
  private async act(kind: Kind, pagePath: string, id: string, input: unknown): Promise<unknown> {
    const started = performance.now();
    const { answer, result } = await this.client.action(pagePath, id, input);
    const ok = (result as { ok?: unknown } | null)?.ok === true;
    this.timings.record(kind, started, ok ? null : `${answer.status} ${answer.body.slice(0, 200)}`);
    return ok ? ((result as { data: unknown }).data ?? true) : null;
  }

  private addEvent(event: ReadingEvent): void {
    this.eventCount += 1;
    const id = `load-${this.index}-${this.eventCount}`;
    this.tracking?.events.push({ id, ...event });
  }

  private flushOnTimer(): void {
    if (!this.tracking) return;
    this.addEvent({ kind: "time", seconds: FLUSH_EVERY_MS / 1000 });
    this.sendEvents("application/json");
  }

  /** Sends the open page's queued events (a fetch, or the beacon's text/plain), without waiting for the answer. */
  private sendEvents(type: "application/json" | "text/plain"): void {
    const tracking = this.tracking;
    if (!tracking) return;
    while (tracking.events.length > 0) {
      const events = tracking.events.splice(0, MAX_EVENTS_PER_BATCH);
      const body = JSON.stringify({ lessonId: tracking.lessonId, events });
      const sent = this.sendBatch(type, body);
      this.pending.add(sent);
      void sent.finally(() => this.pending.delete(sent));
    }
  }

  private async sendBatch(type: string, body: string): Promise<void> {
    const started = performance.now();
    const answer = await this.client.send("/api/reading-events", {
      method: "POST",
      headers: { "content-type": type },
      body,
    });
    const tracked = answer.status === 200 && (JSON.parse(answer.body) as { tracked?: boolean }).tracked === true;
    this.timings.record("events", started, tracked ? null : `${answer.status} ${answer.body.slice(0, 200)}`);
  }
}

/** The words of a page from the status route's answer: per sentence pair, [start, end, key index] per word. */
function pageWords(body: string): PageWord[] {
  const statuses = JSON.parse(body) as { keys: string[]; words: Record<string, number[]> };
  return Object.entries(statuses.words).flatMap(([pair, triples]) =>
    Array.from({ length: triples.length / 3 }, (_, n) => ({
      pair,
      start: triples[3 * n]!,
      key: statuses.keys[triples[3 * n + 2]!]!,
    })),
  );
}
