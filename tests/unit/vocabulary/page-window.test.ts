import { describe, expect, it } from "vitest";
import { pageWindow } from "@/lib/vocabulary/page-window";

describe("pageWindow", () => {
  it("slices the items into full pages and a shorter last one", () => {
    expect(pageWindow(120, 1, 50)).toEqual({ page: 1, pageCount: 3, total: 120, skip: 0, first: 1, last: 50 });
    expect(pageWindow(120, 2, 50)).toEqual({ page: 2, pageCount: 3, total: 120, skip: 50, first: 51, last: 100 });
    expect(pageWindow(120, 3, 50)).toEqual({ page: 3, pageCount: 3, total: 120, skip: 100, first: 101, last: 120 });
    expect(pageWindow(100, 2, 50)).toMatchObject({ pageCount: 2, first: 51, last: 100 });
  });

  it("clamps a page out of range to the nearest page", () => {
    expect(pageWindow(120, 4, 50)).toMatchObject({ page: 3, skip: 100 });
    expect(pageWindow(120, Number.MAX_SAFE_INTEGER, 50)).toMatchObject({ page: 3, skip: 100 });
    expect(pageWindow(120, Infinity, 50)).toMatchObject({ page: 3, skip: 100 });
    expect(pageWindow(120, 0, 50)).toMatchObject({ page: 1, skip: 0 });
    expect(pageWindow(120, -1, 50)).toMatchObject({ page: 1, skip: 0 });
    expect(pageWindow(120, NaN, 50)).toMatchObject({ page: 1, skip: 0 });
    expect(pageWindow(120, 2.7, 50)).toMatchObject({ page: 2, skip: 50 });
  });

  it("makes an empty list one empty page", () => {
    expect(pageWindow(0, 5, 50)).toEqual({ page: 1, pageCount: 1, total: 0, skip: 0, first: 0, last: 0 });
  });
});
