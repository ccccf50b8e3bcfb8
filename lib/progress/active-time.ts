/** Reading time stops counting this long after the last scroll, key or pointer input. */
export const IDLE_AFTER_MS = 60_000;

/** The most seconds one "time" event carries (the server refuses more). */
export const MAX_SECONDS_PER_EVENT = 120;

/**
 * Active reading time: time while the page is visible and there was input within the last minute. Fed with
 * timestamps (ms), so it is tested without a browser.
 *
 * const clock = createActiveTime(0); clock.tick(30_000) → 30 s counted; no input until 100_000: clock.tick(100_000)
 * adds 30 s more (up to 60 s after the input at 0), clock.take() → 60
 */
export function createActiveTime(startedAt: number, idleAfterMs = IDLE_AFTER_MS) {
  let lastInput = startedAt;
  let lastTick = startedAt;
  let visible = true;
  let milliseconds = 0;

  const tick = (now: number) => {
    if (visible) milliseconds += Math.max(0, Math.min(now, lastInput + idleAfterMs) - lastTick);
    lastTick = Math.max(lastTick, now);
  };

  return {
    tick,
    input(now: number): void {
      tick(now);
      lastInput = now;
    },
    visibility(isVisible: boolean, now: number): void {
      tick(now);
      visible = isVisible;
      // Coming back to the tab is itself a sign of reading.
      if (isVisible) lastInput = now;
    },
    /** The whole seconds counted so far, taken out of the clock (the fraction stays for next time). */
    take(now: number): number {
      tick(now);
      const seconds = Math.floor(milliseconds / 1000);
      milliseconds -= seconds * 1000;
      return seconds;
    },
  };
}

/** Seconds split into "time" event sizes: timeChunks(250) → [120, 120, 10]. */
export function timeChunks(seconds: number): number[] {
  const chunks: number[] = [];
  for (let left = seconds; left > 0; left -= MAX_SECONDS_PER_EVENT) chunks.push(Math.min(left, MAX_SECONDS_PER_EVENT));
  return chunks;
}
