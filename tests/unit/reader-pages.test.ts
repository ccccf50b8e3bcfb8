import { describe, expect, it } from "vitest";
import { readerPageHref, readerPageNumber } from "@/lib/lesson-model/reader-page-number";
import { readerPageStarts } from "@/lib/lesson-model/reader-pages";

const limits = { maxCharacters: 1000, maxParagraphs: 3 };

describe("readerPageStarts", () => {
  it("keeps a short lesson on one page", () => {
    expect(readerPageStarts([100, 200, 300], limits)).toEqual([0]);
    expect(readerPageStarts([], limits)).toEqual([0]);
  });

  it("starts a new page before the paragraph that would pass either limit", () => {
    expect(readerPageStarts([600, 300, 200, 100], limits)).toEqual([0, 2]);
    expect(readerPageStarts([1, 1, 1, 1, 1, 1, 1], limits)).toEqual([0, 3, 6]);
  });

  it("gives an oversized paragraph a page of its own", () => {
    expect(readerPageStarts([5000, 10, 5000], limits)).toEqual([0, 1, 2]);
  });

  it("pages 25,000 tiny paragraphs by count", () => {
    const starts = readerPageStarts(new Array(25_000).fill(2));
    expect(starts).toHaveLength(250);
    expect(starts[1]).toBe(100);
  });
});

describe("reader page URLs", () => {
  it("accepts plain page numbers from 2 and nothing else", () => {
    expect(["2", "17", "250"].map(readerPageNumber)).toEqual([2, 17, 250]);
    expect(["1", "0", "02", "-3", "2.5", "1e3", "abc", "", "9999999"].map(readerPageNumber)).toEqual(
      new Array(9).fill(null),
    );
  });

  it("gives page 1 the lesson's own address", () => {
    expect(readerPageHref("/en/lessons/abc", 1)).toBe("/en/lessons/abc");
    expect(readerPageHref("/nl/my/lessons/abc", 3)).toBe("/nl/my/lessons/abc/3");
  });
});
