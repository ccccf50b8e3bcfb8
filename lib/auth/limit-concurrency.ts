import { AppError } from "@/lib/errors/app-error";

export interface ConcurrencyGate {
  /** Runs `task` when a slot is free; throws AppError("server-busy") at once, without running it, when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Lets at most `maxRunning` tasks run at once and at most `maxWaiting` more wait, in order of arrival. Anyone
 * beyond that is turned away at once: under a flood a quick "busy" is better than an ever longer queue whose
 * callers have given up long before their turn.
 *
 * const gate = createConcurrencyGate({ maxRunning: 1, maxWaiting: 1 });
 * gate.run(a) runs; gate.run(b) waits for a; gate.run(c) → rejects with AppError("server-busy"), c never runs
 */
export function createConcurrencyGate(limits: { maxRunning: number; maxWaiting: number }): ConcurrencyGate {
  let running = 0;
  const waiting: (() => void)[] = [];

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < limits.maxRunning) running++;
      else if (waiting.length < limits.maxWaiting) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new AppError("server-busy");
      try {
        return await task();
      } finally {
        // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
