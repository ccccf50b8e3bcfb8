import { describe, expect, it } from "vitest";
import { vocabularyListHref, vocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";

const parse = (searchParams: Record<string, string | string[] | undefined>) => vocabularyListParams.parse(searchParams);

describe("the vocabulary list's filters in the URL", () => {
  it("reads a status and a lesson filter", () => {
    expect(parse({ q: "vrede", status: "known", lesson: "c123" })).toStrictEqual({
      query: "vrede",
      page: 1,
      status: "known",
      lesson: "c123",
    });
    expect(parse({ status: ["ignored", "known"] }).status).toBe("ignored");
  });

  it("shows all for a missing, empty or unknown filter (the form's 'All' sends an empty value)", () => {
    for (const status of [undefined, "", "new", "KNOWN", "all"]) {
      expect(parse({ status }), String(status)).toStrictEqual({ query: "", page: 1 });
    }
    expect(parse({ lesson: "" })).toStrictEqual({ query: "", page: 1 });
    expect(parse({ lesson: "x".repeat(65) })).toStrictEqual({ query: "", page: 1 });
  });

  it("writes the URL of a view with its defaults left out, so each view has one address", () => {
    expect(vocabularyListHref("en", { query: "", page: 1 })).toBe("/en/vocabulary");
    expect(vocabularyListHref("en", { query: "vrede", page: 2 })).toBe("/en/vocabulary?q=vrede&page=2");
    expect(vocabularyListHref("nl", { query: "oekraïne", page: 1, status: "known", lesson: "c1" })).toBe(
      "/nl/vocabulary?q=oekra%C3%AFne&status=known&lesson=c1",
    );
  });

  it("reads back what it writes", () => {
    const view = { query: "café crème", page: 3, status: "learning" as const, lesson: "c1" };
    const search = new URL(vocabularyListHref("en", view), "http://localhost").searchParams;
    expect(parse(Object.fromEntries(search))).toStrictEqual(view);
  });
});
