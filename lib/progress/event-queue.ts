import { MAX_EVENTS_PER_BATCH } from "./reading-batch-limits";
import type { ReadingEventInput } from "./reading-event-input";

/** Most events the browser keeps while the server cannot be reached; the oldest give way. */
export const MAX_QUEUED_EVENTS = 500;

/**
 * What became of a batch: stored (or answered at all, for a beacon); "untracked": the server keeps nothing of this
 * lesson for this user (or the user or lesson is gone), so stop sending; "rejected": the server will never take it,
 * drop it; "failed": the network or a busy server, send it again later.
 */
export type BatchOutcome = "stored" | "untracked" | "rejected" | "failed";

/**
 * The outcome of a POST to /api/reading-events from its status and JSON body.
 * outcomeOf(200, { tracked: false }) → "untracked" · outcomeOf(429, …) → "failed" · outcomeOf(400, …) → "rejected"
 */
export function outcomeOf(status: number, body: unknown): BatchOutcome {
  if (status === 200) {
    const tracked = typeof body === "object" && body !== null && (body as { tracked?: unknown }).tracked;
    return tracked === false ? "untracked" : "stored";
  }
  if (status === 401 || status === 404) return "untracked";
  if (status === 429 || status >= 500) return "failed";
  return "rejected";
}

/**
 * The browser's reading events waiting to be sent, in batches the server accepts. A batch taken by the timer is
 * "in flight" until settled: stored or rejected it is dropped, failed it goes back to the front to be sent with the
 * next flush, untracked stops the queue for good. On page hide, `drain` hands over everything, the batch in flight
 * included (the server stores an event once, so sending it twice is harmless, losing it is not).
 *
 * const queue = createEventQueue(); queue.add(open); queue.take() → [open]; queue.settle("failed"); queue.take() → [open]
 */
export function createEventQueue(maxQueued = MAX_QUEUED_EVENTS) {
  let waiting: ReadingEventInput[] = [];
  let inFlight: ReadingEventInput[] | null = null;
  let stopped = false;

  const bound = () => {
    if (waiting.length > maxQueued) waiting = waiting.slice(waiting.length - maxQueued);
  };

  return {
    get stopped() {
      return stopped;
    },
    get size() {
      return waiting.length + (inFlight?.length ?? 0);
    },
    add(event: ReadingEventInput): void {
      if (stopped) return;
      waiting.push(event);
      bound();
    },
    /** The next batch to send, or null when there is nothing to send or a batch is still in flight. */
    take(): ReadingEventInput[] | null {
      if (stopped || inFlight !== null || waiting.length === 0) return null;
      inFlight = waiting.slice(0, MAX_EVENTS_PER_BATCH);
      waiting = waiting.slice(inFlight.length);
      return inFlight;
    },
    settle(outcome: BatchOutcome): void {
      const batch = inFlight ?? [];
      inFlight = null;
      if (outcome === "untracked") {
        stopped = true;
        waiting = [];
      } else if (outcome === "failed" && !stopped) {
        waiting = batch.concat(waiting);
        bound();
      }
    },
    /** Everything to send now (on page hide), in batches; what was waiting is then considered sent. */
    drain(): ReadingEventInput[][] {
      if (stopped) return [];
      const all = (inFlight ?? []).concat(waiting);
      waiting = [];
      const batches: ReadingEventInput[][] = [];
      for (let start = 0; start < all.length; start += MAX_EVENTS_PER_BATCH) {
        batches.push(all.slice(start, start + MAX_EVENTS_PER_BATCH));
      }
      return batches;
    },
  };
}

export type EventQueue = ReturnType<typeof createEventQueue>;
