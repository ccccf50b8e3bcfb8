/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one e-mail address within `windowMs`, further
 * attempts for it are refused until the window has passed. Kept in memory (one process serves the app); a restart
 * forgets it, which only ever helps a legitimate user.
 *
 * const throttle = new SignInThrottle({ maxFailures: 2, windowMs: 60_000 });
 * throttle.fail("a@x"); throttle.fail("a@x"); throttle.isBlocked("a@x") → true
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { maxFailures: number; windowMs: number; maxTracked?: number },
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  isBlocked(key: string): boolean {
    return this.recent(key).length >= this.options.maxFailures;
  }

  fail(key: string): void {
    // Bounded, so a flood of made-up addresses cannot grow the map without limit.
    if (this.failures.size >= (this.options.maxTracked ?? 10_000))
      this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
