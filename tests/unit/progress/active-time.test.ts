import { describe, expect, it } from "vitest";
import { createActiveTime, timeChunks } from "@/lib/progress/active-time";
import { isParagraphInView } from "@/lib/progress/paragraph-in-view";

const s = 1000;

describe("active reading time", () => {
  it("counts while the page is visible and there was input in the last minute", () => {
    const clock = createActiveTime(0);
    clock.tick(30 * s);
    expect(clock.take(30 * s)).toBe(30);
    // No input since the start: counting stops at 60 s.
    expect(clock.take(300 * s)).toBe(30);
    clock.input(400 * s);
    expect(clock.take(410 * s)).toBe(10);
  });

  it("does not count a hidden tab, and counts again from coming back", () => {
    const clock = createActiveTime(0);
    clock.visibility(false, 10 * s);
    expect(clock.take(50 * s)).toBe(10);
    clock.visibility(true, 500 * s);
    expect(clock.take(520 * s)).toBe(20);
  });

  it("keeps the fraction of a second for next time", () => {
    const clock = createActiveTime(0);
    expect(clock.take(1_500)).toBe(1);
    expect(clock.take(2_000)).toBe(1);
  });

  it("splits long stretches into events of at most two minutes", () => {
    expect(timeChunks(250)).toEqual([120, 120, 10]);
    expect(timeChunks(15)).toEqual([15]);
    expect(timeChunks(0)).toEqual([]);
  });
});

describe("a paragraph in view", () => {
  it("is at least half on screen, or fills 60% of the screen when it is tall", () => {
    expect(isParagraphInView({ ratio: 0.5, visibleHeight: 100, viewportHeight: 800 })).toBe(true);
    expect(isParagraphInView({ ratio: 0.45, visibleHeight: 90, viewportHeight: 800 })).toBe(false);
    expect(isParagraphInView({ ratio: 0.3, visibleHeight: 600, viewportHeight: 800 })).toBe(true);
    expect(isParagraphInView({ ratio: 0.3, visibleHeight: 400, viewportHeight: 800 })).toBe(false);
    expect(isParagraphInView({ ratio: 0, visibleHeight: 0, viewportHeight: 800 })).toBe(false);
  });
});
