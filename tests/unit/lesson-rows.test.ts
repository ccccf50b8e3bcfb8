import { describe, expect, it } from "vitest";
import { toParagraphRow } from "@/lib/lesson-model/lesson-rows";
import { sentenceRuns, toReaderParagraph } from "@/lib/lesson-model/reader-view";

describe("toParagraphRow", () => {
  it("joins pairs and records each pair's offsets on both sides", () => {
    const row = toParagraphRow({
      kind: "paragraph",
      language: "nl",
      translationSource: "human",
      pairs: [
        { source: "Ja.", translation: "Yes." },
        { source: "Nee, zei hij. Echt niet.", translation: "No, he said, not at all." },
        { source: "", translation: "(Added.)" },
      ],
    });
    expect(row.sourceText).toBe("Ja. Nee, zei hij. Echt niet.");
    expect(row.translationText).toBe("Yes. No, he said, not at all. (Added.)");
    const pieces = row.sentences.map(
      (s) =>
        `${row.sourceText.slice(s.start, s.end) || "∅"} = ${row.translationText!.slice(s.translationStart, s.translationEnd)}`,
    );
    expect(pieces).toEqual(["Ja. = Yes.", "Nee, zei hij. Echt niet. = No, he said, not at all.", "∅ = (Added.)"]);
  });

  it("stores an English paragraph once, as original, with no translation", () => {
    const row = toParagraphRow({
      kind: "quote",
      language: "en",
      translationSource: "human",
      pairs: [{ source: "We appreciate it.", translation: "" }],
    });
    expect(row).toMatchObject({
      translationText: null,
      translationSource: "original",
      sourceText: "We appreciate it.",
    });
  });

  it("marks a Dutch paragraph without translation as untranslated", () => {
    const row = toParagraphRow({
      kind: "heading",
      language: "nl",
      translationSource: "deepl",
      pairs: [{ source: "Kop", translation: "" }],
    });
    expect(row).toMatchObject({ translationText: null, translationSource: "none" });
  });
});

describe("reader view", () => {
  it("cuts a sentence into plain runs and term runs", () => {
    const text = "Over de akkoorden van Minsk. Daarna niets.";
    const runs = sentenceRuns(text, 0, 28, [{ termId: "t1", start: 8, end: 27 }]);
    expect(runs.map((run) => (run.termId ? `[${run.text}]` : run.text)).join("")).toBe(
      "Over de [akkoorden van Minsk].",
    );
  });

  it("pairs each Dutch sentence with its English by position", () => {
    const row = toParagraphRow({
      kind: "paragraph",
      language: "nl",
      translationSource: "human",
      pairs: [
        { source: "Een.", translation: "One." },
        { source: "Twee.", translation: "Two." },
      ],
    });
    const view = toReaderParagraph({ id: "p", position: 0, ...row, sentences: row.sentences }, []);
    expect(view.sentences.map((s) => `${s.position}:${s.runs.map((r) => r.text).join("")}`)).toEqual([
      "0:Een.",
      "1:Twee.",
    ]);
    expect(view.translation).toEqual([
      { position: 0, text: "One." },
      { position: 1, text: "Two." },
    ]);
  });
});
