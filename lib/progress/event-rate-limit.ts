export interface EventLimits {
  batches: { points: number; seconds: number };
  events: { points: number; seconds: number };
}

/** What one account may send: far above an honest reader (a batch every 15 s), far below a flood. */
export const READING_EVENT_LIMITS: EventLimits = {
  batches: { points: 60, seconds: 60 },
  events: { points: 3_000, seconds: 3_600 },
};

interface Window {
  startedAt: number;
  batches: number;
  events: number;
}

/** Counters are forgotten once both their windows are over; past this many accounts, old ones are swept. */
const SWEEP_ABOVE = 10_000;

/**
 * Per-account counters of reading-event batches (per minute) and events (per hour), in fixed windows, kept in this
 * process's memory: a reading event is cheap and not worth a database write to count (the route's latency budget
 * is 50 ms under a class of 30). A restart forgets the counts, which only lets a flood start over, never loses data.
 *
 * const limit = createEventRateLimit(); limit.take("u1", 10, 0) → true … (61st batch within a minute) → false
 */
export function createEventRateLimit(limits: EventLimits = READING_EVENT_LIMITS) {
  const minutes = new Map<string, Window>();
  const hours = new Map<string, Window>();

  const current = (windows: Map<string, Window>, key: string, now: number, seconds: number): Window => {
    let window = windows.get(key);
    if (!window || now - window.startedAt >= seconds * 1000) {
      if (!window && windows.size >= SWEEP_ABOVE) sweep(windows, now, seconds);
      window = { startedAt: now, batches: 0, events: 0 };
      windows.set(key, window);
    }
    return window;
  };

  return {
    /** Counts a batch of `events` for `key` and says whether it is within the limits; a refused batch is not counted. */
    take(key: string, events: number, now: number): boolean {
      const minute = current(minutes, key, now, limits.batches.seconds);
      const hour = current(hours, key, now, limits.events.seconds);
      if (minute.batches + 1 > limits.batches.points || hour.events + events > limits.events.points) return false;
      minute.batches += 1;
      hour.events += events;
      return true;
    },
  };
}

function sweep(windows: Map<string, Window>, now: number, seconds: number): void {
  for (const [key, window] of windows) if (now - window.startedAt >= seconds * 1000) windows.delete(key);
}
