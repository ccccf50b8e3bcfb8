import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "@/lib/progress/progress-csv";

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", 1],
      ]),
    ).toBe("\uFEFFa,b\r\nc,1\r\n");
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(toCsv([['Zoë "Z", 2B', "twee\nregels", "plain"]])).toBe('\uFEFF"Zoë ""Z"", 2B","twee\nregels",plain\r\n');
  });

  it("keeps non-ASCII text as it is (UTF-8)", () => {
    expect(toCsv([["Oekraïne", "één"]])).toBe("\uFEFFOekraïne,één\r\n");
  });

  it("writes numbers as numbers, even negative ones, and nothing for NaN", () => {
    expect(toCsv([[40, -3, 0.5, Number.NaN]])).toBe("\uFEFF40,-3,0.5,\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(toCsv([['=HYPERLINK("http://evil")', "+31", "-2", "@SUM(A1)", "\tx", "a=b"]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil"")",\'+31,\'-2,\'@SUM(A1),\'\tx,a=b\r\n',
    );
  });
});

describe("neutraliseFormula", () => {
  it("prefixes an apostrophe only to text that starts like a formula", () => {
    expect(["=1+1", "+1", "-1", "@x", "\r1", "Ada", " =1", ""].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@x",
      "'\r1",
      "Ada",
      " =1",
      "",
    ]);
  });
});
