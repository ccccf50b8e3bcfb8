import { describe, expect, it } from "vitest";
import { annotateParagraph } from "@/lib/language/annotate";
import { dictionary } from "./dictionary-for-tests";

/** Each word as "form=lemma", "{…}" around the separable verb, sentences separated by " | ". */
function annotated(paragraph: string): string {
  const annotation = annotateParagraph(paragraph, dictionary);
  const sentences = annotation.sentences.map((sentence) =>
    sentence.tokens
      .map((token) => {
        const analysis = token.analysis;
        if (analysis === undefined) return token.text;
        const verb = analysis.separableVerb === undefined ? "" : `{${analysis.separableVerb.lemma}}`;
        return `${token.text}=${analysis.lemmas[0]?.lemma ?? "?"}${verb}`;
      })
      .join(" "),
  );
  return `${annotation.language}: ${sentences.join(" | ")}`;
}

describe("annotateParagraph", () => {
  it("annotates every word of a Dutch paragraph, sentence by sentence", () => {
    expect(annotated("Ook bespraken ze hervormingen. Rusland gaf geen antwoord op.")).toBe(
      "nl: Ook=ook bespraken=bespreken ze=ze hervormingen=hervorming | " +
        "Rusland=Rusland gaf=geven{opgeven} geen=geen antwoord=antwoord op=op{opgeven}",
    );
  });

  it("gives paragraph offsets and leaves numbers and English paragraphs unanalysed", () => {
    const annotation = annotateParagraph("Op 10 januari. Het gaat om vrede.", dictionary);
    const second = annotation.sentences[1]!;
    expect([second.start, second.tokens[0]!.start, second.tokens[0]!.text]).toEqual([15, 15, "Het"]);
    expect(annotation.sentences[0]!.tokens[1]).toEqual({ text: "10", start: 3, end: 5, isWord: false });
    const english = annotateParagraph("We appreciate the unwavering support of our partners.", dictionary);
    expect(english.language).toBe("en");
    expect(english.sentences[0]!.tokens.every((token) => token.analysis === undefined)).toBe(true);
  });
});
