import { describe, expect, it } from "vitest";
import { vocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";

const parse = (searchParams: Record<string, string | string[] | undefined>) => vocabularyListParams.parse(searchParams);

describe("vocabularyListParams", () => {
  it("reads the search and the page", () => {
    expect(parse({ q: "  Minsk ", page: "3" })).toEqual({ query: "Minsk", page: 3 });
    expect(parse({})).toEqual({ query: "", page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parse({ q: ["vrede", "oorlog"], page: ["2", "9"] })).toEqual({ query: "vrede", page: 2 });
  });

  it("caps the search at 100 characters", () => {
    expect(parse({ q: "a".repeat(500) }).query).toHaveLength(100);
  });

  it("turns a page that is not a plain positive number into the first page", () => {
    for (const page of ["abc", "-1", "0", "", " ", "2.5", "1e3", "0x10", "Infinity", "2abc"]) {
      expect(parse({ page }).page, page).toBe(1);
    }
  });

  it("keeps a huge page number (for the list to clamp to its last page), within safe integers", () => {
    expect(parse({ page: "99999999999" }).page).toBe(99_999_999_999);
    expect(parse({ page: "9".repeat(400) }).page).toBe(Number.MAX_SAFE_INTEGER);
  });
});
