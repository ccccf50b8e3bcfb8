import { describe, expect, it } from "vitest";
import { splitAtForm } from "@/lib/vocabulary/review-sentence";

describe("a saved sentence cut around its word", () => {
  it("finds the saved form, also when the sentence capitalises it", () => {
    expect(splitAtForm("De vrede is broos.", "vrede")).toEqual({ before: "De ", form: "vrede", after: " is broos." });
    expect(splitAtForm("Vrede is broos.", "vrede")).toEqual({ before: "", form: "Vrede", after: " is broos." });
  });

  it("keeps multi-word forms and accents whole", () => {
    const sentence = "Hij sprak over de akkoorden van Minsk en Oekraïne.";
    expect(splitAtForm(sentence, "akkoorden van Minsk")?.after).toBe(" en Oekraïne.");
    expect(splitAtForm(sentence, "oekraïne")).toEqual({
      before: "Hij sprak over de akkoorden van Minsk en ",
      form: "Oekraïne",
      after: ".",
    });
  });

  it("gives nothing for a form that is not in the sentence", () => {
    expect(splitAtForm("De vrede is broos.", "oorlog")).toBeNull();
    expect(splitAtForm("De vrede is broos.", "")).toBeNull();
  });
});
