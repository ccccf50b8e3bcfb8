import { describe, expect, it } from "vitest";
import { restToMarkKnown, toWordStatus } from "@/lib/vocabulary/word-status";

describe("word statuses", () => {
  it("reads a missing or unknown stored status as new", () => {
    expect(toWordStatus(undefined)).toBe("new");
    expect(toWordStatus("bogus")).toBe("new");
    expect(toWordStatus("known")).toBe("known");
  });

  it("marks only the lesson's still-new lemmas known, each once, keeping learning and ignored ones", () => {
    const statuses = new Map([
      ["fiets", "learning"],
      ["amsterdam", "ignored"],
      ["de", "known"],
    ] as const);
    expect(restToMarkKnown(["huis", "de", "fiets", "huis", "amsterdam", "rijden"], statuses)).toEqual([
      "huis",
      "rijden",
    ]);
  });
});
