import { describe, expect, it } from "vitest";
import type { WordAnalysis } from "@/lib/language/analyze-word";
import { senseFirst } from "@/lib/lesson-model/sense-first";

const vrouw: WordAnalysis = {
  form: "vrouwen",
  lemmas: [
    { lemma: "Vrouw", glosses: ["Our Lady"], source: "dictionary" },
    { lemma: "vrouw", glosses: ["queen", "wife", "female, woman"], source: "dictionary" },
  ],
  frequencyBand: "very-common",
  isLikelyName: false,
};

/** "lemma: sense | sense" per reading, as a learner reads the card top down. */
function card(analysis: WordAnalysis): string {
  const verb = analysis.separableVerb
    ? [`${analysis.separableVerb.lemma}: ${analysis.separableVerb.glosses.join(" | ")}`]
    : [];
  return [...verb, ...analysis.lemmas.map((reading) => `${reading.lemma}: ${reading.glosses.join(" | ")}`)].join(" / ");
}

describe("the sense the sentence uses comes first", () => {
  it("moves the reading and the sense that hold the aligned English word to the front", () => {
    expect(card(senseFirst(vrouw, "woman"))).toBe("vrouw: female, woman | queen | wife / Vrouw: Our Lady");
    expect(card(senseFirst(vrouw, "Wife"))).toBe("vrouw: wife | queen | female, woman / Vrouw: Our Lady");
  });

  it("leaves the card as it is when no sense names the word", () => {
    expect(card(senseFirst(vrouw, "lady"))).toBe(card(vrouw));
  });

  it("orders a separable verb's senses rather than the verb form's own", () => {
    const zetten: WordAnalysis = {
      ...vrouw,
      form: "zetten",
      lemmas: [{ lemma: "zetten", glosses: ["set", "put"], source: "dictionary" }],
      separableVerb: {
        lemma: "neerzetten",
        glosses: ["set down", "put down, put"],
        particleIndex: 5,
        verbIndex: 2,
        certainty: "sure",
      },
    };
    expect(card(senseFirst(zetten, "put"))).toBe("neerzetten: put down, put | set down / zetten: set | put");
  });
});
