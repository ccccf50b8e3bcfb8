import { describe, expect, it } from "vitest";
import {
  availableEdits,
  draftFromBeads,
  draftFromStored,
  draftProblem,
  draftToParagraphs,
  samePairs,
  type AlignmentDraft,
} from "@/lib/lessons/alignment-draft";
import { mergeWithNext, moveFirstEnglishUp, moveLastEnglishDown, splitPair } from "@/lib/lessons/edit-alignment-draft";
import { toParagraphRow } from "@/lib/lesson-model/lesson-rows";

/** Pairs of each paragraph as "0,1-0" (Dutch local indices - English global indices), paragraphs joined by " | ". */
function show(draft: AlignmentDraft | null): string {
  if (!draft) return "refused";
  return draft.paragraphs
    .map((paragraph) =>
      paragraph.pairs.map((pair) => `${pair.source.join(",") || "∅"}-${pair.target.join(",") || "∅"}`).join(" "),
    )
    .join(" | ");
}

const paragraphs = [
  { id: "a", kind: "paragraph" as const, language: "nl" as const, dutch: ["Ja.", "Nee.", "Misschien."] },
  { id: "b", kind: "paragraph" as const, language: "nl" as const, dutch: ["Kop"] },
];
const english = ["Yes.", "No.", "Maybe.", "Heading"];

describe("draftFromBeads", () => {
  it("distributes document beads over the Dutch paragraphs", () => {
    const draft = draftFromBeads(paragraphs, english, [
      { source: [0], target: [0] },
      { source: [1, 2], target: [1, 2] },
      { source: [], target: [3] },
      { source: [3], target: [] },
    ]);
    expect(show(draft)).toBe("0-0 1,2-1,2 ∅-3 | 0-∅");
    expect(draftProblem(draft)).toBeNull();
  });

  it("splits a bead that crosses a paragraph boundary, keeping the English with the first paragraph", () => {
    const draft = draftFromBeads(paragraphs, english, [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2, 3], target: [2, 3] },
    ]);
    expect(show(draft)).toBe("0-0 1-1 2-2,3 | 0-∅");
  });
});

describe("editing a draft", () => {
  const draft = draftFromBeads(paragraphs, english, [
    { source: [0], target: [0] },
    { source: [1], target: [1, 2] },
    { source: [2], target: [] },
    { source: [3], target: [3] },
  ]);

  it("merges, splits and moves sentences, keeping the draft valid", () => {
    expect(show(draft)).toBe("0-0 1-1,2 2-∅ | 0-3");
    const moved = moveLastEnglishDown(draft, { paragraph: 0, pair: 1 });
    expect(show(moved)).toBe("0-0 1-1 2-2 | 0-3");
    expect(show(mergeWithNext(moved!, { paragraph: 0, pair: 0 }))).toBe("0,1-0,1 2-2 | 0-3");
    expect(show(splitPair(draft, { paragraph: 0, pair: 1 }))).toBe("0-0 1-1 ∅-2 2-∅ | 0-3");
    for (const edited of [moved, splitPair(draft, { paragraph: 0, pair: 1 })]) expect(draftProblem(edited!)).toBeNull();
  });

  it("moves English across a paragraph boundary", () => {
    expect(show(moveFirstEnglishUp(draft, { paragraph: 1, pair: 0 }))).toBe("0-0 1-1,2 2-3 | 0-∅");
    expect(show(moveLastEnglishDown(draft, { paragraph: 0, pair: 1 }))).toBe("0-0 1-1 2-2 | 0-3");
  });

  it("refuses edits that do not apply", () => {
    expect(show(mergeWithNext(draft, { paragraph: 0, pair: 2 }))).toBe("refused");
    expect(show(splitPair(draft, { paragraph: 0, pair: 0 }))).toBe("refused");
    expect(show(moveFirstEnglishUp(draft, { paragraph: 0, pair: 0 }))).toBe("refused");
    expect(show(moveLastEnglishDown(draft, { paragraph: 1, pair: 0 }))).toBe("refused");
    expect(show(moveLastEnglishDown(draft, { paragraph: 0, pair: 2 }))).toBe("refused");
  });
});

describe("available edits", () => {
  /** Each pair's edits as four letters (u: move up, d: move down, m: merge, s: split; "-" when it does not apply). */
  function showEdits(draft: AlignmentDraft): string {
    return availableEdits(draft)
      .map((pairs) =>
        pairs
          .map((edits) =>
            [edits.moveUp && "u", edits.moveDown && "d", edits.merge && "m", edits.split && "s"]
              .map((letter) => letter || "-")
              .join(""),
          )
          .join(" "),
      )
      .join(" | ");
  }

  const drafts = [
    draftFromBeads(paragraphs, english, [
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [] },
      { source: [3], target: [3] },
    ]),
    draftFromBeads(paragraphs, english, [
      { source: [0, 1, 2], target: [0] },
      { source: [], target: [1, 2] },
      { source: [3], target: [3] },
    ]),
  ];

  it("names the corrections that apply to each pair", () => {
    expect(show(drafts[0]!)).toBe("0-0 1-1,2 2-∅ | 0-3");
    expect(showEdits(drafts[0]!)).toBe("-dm- udms ---- | u---");
    expect(show(drafts[1]!)).toBe("0,1,2-0 ∅-1,2 | 0-3");
    expect(showEdits(drafts[1]!)).toBe("-dms ud-s | u---");
  });

  it("agrees with the edits themselves on every pair", () => {
    const edits = { moveUp: moveFirstEnglishUp, moveDown: moveLastEnglishDown, merge: mergeWithNext, split: splitPair };
    for (const draft of drafts) {
      availableEdits(draft).forEach((pairs, paragraph) =>
        pairs.forEach((available, pair) => {
          for (const [name, edit] of Object.entries(edits)) {
            expect(edit(draft, { paragraph, pair }) !== null).toBe(available[name as keyof typeof available]);
          }
        }),
      );
    }
  });

  it("tells a changed pairing from the same one", () => {
    const [draft] = drafts;
    const merged = mergeWithNext(draft!, { paragraph: 0, pair: 0 })!;
    expect(samePairs(draft!, structuredClone(draft!))).toBe(true);
    expect(samePairs(draft!, merged)).toBe(false);
    expect(samePairs(draft!, splitPair(merged, { paragraph: 0, pair: 0 })!)).toBe(true);
    expect(
      samePairs(
        draft!,
        moveFirstEnglishUp(moveLastEnglishDown(draft!, { paragraph: 0, pair: 1 })!, { paragraph: 0, pair: 2 })!,
      ),
    ).toBe(true);
  });
});

describe("validation and storage", () => {
  it("detects tampered drafts", () => {
    const draft = draftFromBeads(paragraphs, english, [
      { source: [0, 1, 2], target: [0, 1, 2] },
      { source: [3], target: [3] },
    ]);
    expect(draftProblem(draft)).toBeNull();
    expect(draftProblem({ ...draft, english: [...english, "Extra."] })).toBe("English sentences missing");
    const swapped = structuredClone(draft);
    swapped.paragraphs[0]!.pairs[0]!.source = [1, 0, 2];
    expect(draftProblem(swapped)).toBe("Dutch sentences out of order");
  });

  it("round-trips through the stored form", () => {
    const draft = draftFromBeads(paragraphs, english, [
      { source: [0], target: [0] },
      { source: [1, 2], target: [1, 2] },
      { source: [3], target: [3] },
    ]);
    const stored = draftToParagraphs(draft, "human").map((paragraph, index) => {
      const row = toParagraphRow(paragraph);
      return { id: paragraphs[index]!.id, ...row };
    });
    expect(show(draftFromStored(stored))).toBe(show(draft));
    expect(stored[0]!.translationText).toBe("Yes. No. Maybe.");
  });
});
