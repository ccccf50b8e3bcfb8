import { describe, expect, it } from "vitest";
import { lengthCost } from "@/lib/alignment/length-cost";

describe("lengthCost", () => {
  it("costs nothing for the expected length and more the further a length strays", () => {
    expect(lengthCost(100, 105, 1.05)).toBeCloseTo(0, 5);
    const near = lengthCost(100, 90, 1.05);
    const far = lengthCost(100, 40, 1.05);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
  });

  it("treats too long and too short about alike, and the same difference as less surprising in a longer text", () => {
    expect(lengthCost(100, 80, 1)).toBeCloseTo(lengthCost(100, 120, 1), 0);
    expect(lengthCost(1000, 980, 1)).toBeLessThan(lengthCost(100, 80, 1));
  });

  it("stays finite for an empty side", () => {
    expect(lengthCost(0, 0, 1)).toBe(0);
    expect(Number.isFinite(lengthCost(5000, 0, 1))).toBe(true);
  });
});
