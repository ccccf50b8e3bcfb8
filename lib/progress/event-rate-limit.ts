export interface EventLimits {
  batches: { points: number; seconds: number };
  events: { points: number; seconds: number };
}

/**
 * What one account may send: far above an honest reader (a batch every 15 s), far below a flood. Counted in the
 * database (lib/progress/record-reading-events.server.ts), so the limits hold across restarts and instances.
 */
export const READING_EVENT_LIMITS: EventLimits = {
  batches: { points: 60, seconds: 60 },
  events: { points: 3_000, seconds: 3_600 },
};
