import { describe, expect, it } from "vitest";
import { reviewDirection } from "@/lib/vocabulary/review-direction";

describe("the direction a card is asked in", () => {
  it("is always recognition while production is off", () => {
    for (const reps of [0, 1, 2, 3]) {
      expect(reviewDirection({ reps, production: false, hasCue: true })).toBe("recognition");
    }
  });

  it("takes turns with production on, starting with recognition for a word never reviewed", () => {
    const directions = [0, 1, 2, 3, 4].map((reps) => reviewDirection({ reps, production: true, hasCue: true }));
    expect(directions).toEqual(["recognition", "production", "recognition", "production", "recognition"]);
  });

  it("stays recognition when there is nothing to ask production with", () => {
    expect(reviewDirection({ reps: 1, production: true, hasCue: false })).toBe("recognition");
  });
});
