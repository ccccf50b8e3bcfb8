import { describe, expect, it } from "vitest";
import { bandCenter, labelIndexes, niceTicks, PLOT, yOf } from "@/app/components/charts/chart-scale";

describe("chart scales", () => {
  it("puts round whole-number ticks from 0 past the largest value", () => {
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1234)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(niceTicks(108)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(niceTicks(40)).toEqual([0, 10, 20, 30, 40]);
  });

  it("draws 0 on the plot's bottom and the top tick on its top", () => {
    expect(yOf(0, 50, PLOT)).toBe(PLOT.bottom);
    expect(yOf(50, 50, PLOT)).toBe(PLOT.top);
  });

  it("labels every n-th day counted from today, so today always has a label", () => {
    expect(labelIndexes(30, 7, 29)).toEqual([1, 8, 15, 22, 29]);
    expect(labelIndexes(14, 7, 0)).toEqual([0, 7]);
    expect(labelIndexes(1, 14, 0)).toEqual([0]);
  });

  it("centres a single day's band in the plot", () => {
    expect(bandCenter(0, 1, PLOT)).toBe((PLOT.left + PLOT.right) / 2);
  });
});
