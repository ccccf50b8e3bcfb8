import { describe, expect, it } from "vitest";
import { sentenceWords } from "@/lib/language/analyze-word";
import { lemmatize } from "@/lib/language/lemmatize";
import { findSeparableVerbs } from "@/lib/language/separable-verbs";
import { tokenize } from "@/lib/text/tokens";
import { dictionary } from "./dictionary-for-tests";

/** "aangeven(gaf…aan)" for a sure match, "aangeven?(gaven…aan)" for a possible one. */
function separableVerbs(text: string): string {
  const tokens = tokenize(text);
  const lemmasOf = (word: string) => lemmatize(word, dictionary).map((candidate) => candidate.lemma);
  return findSeparableVerbs(sentenceWords({ text, tokens }, lemmasOf), (word) => dictionary.isDutchWord(word))
    .map((pair) => {
      const [first, second] = [pair.verbIndex, pair.particleIndex].sort((a, b) => a - b);
      const span = `${tokens[first!]!.text}…${tokens[second!]!.text}`;
      return `${pair.lemma}${pair.certainty === "sure" ? "" : "?"}(${span})`;
    })
    .join(" ");
}

describe("findSeparableVerbs", () => {
  it("is sure when the particle closes its clause", () => {
    expect(separableVerbs("Zelenski gaf op Twitter aan dat het gesprek goed was.")).toBe("aangeven(gaf…aan)");
    expect(separableVerbs("De president sprak zijn steun uit voor de maatregelen.")).toBe("uitspreken(sprak…uit)");
    expect(separableVerbs("Hij gaf het boek terug, maar zij bleef.")).toBe("teruggeven(gaf…terug)");
    expect(separableVerbs("Zij zetten de fietsen neer.")).toBe("neerzetten(zetten…neer)");
    expect(separableVerbs("Hij belde zijn moeder op.")).toBe("opbellen(belde…op)");
    expect(separableVerbs("Het ziet ernaar uit dat het morgen regent.")).toBe("uitzien(ziet…uit)");
  });

  it("is sure for PARTICLE te INFINITIVE, and om te only where it is omgaan", () => {
    expect(separableVerbs("Oekraïne beloofde om politieke hervormingen door te voeren.")).toBe(
      "doorvoeren(door…voeren)",
    );
    expect(separableVerbs("De pogingen om de situatie op te lossen te ondersteunen.")).toBe("oplossen(op…lossen)");
    expect(separableVerbs("Zij probeert er rustig mee om te gaan.")).toBe("omgaan(om…gaan)");
    expect(separableVerbs("Hij kwam om te helpen.")).toBe("");
  });

  it("takes a particle before its noun phrase for a preposition", () => {
    expect(separableVerbs("Hij zet het boek op de tafel.")).toBe("");
    expect(separableVerbs("Rusland heeft troepen aan de grens.")).toBe("");
    expect(separableVerbs("Zowel Biden als Zelenski gaven in het gesprek aan de pogingen steun.")).toBe("");
    expect(separableVerbs("Beloofde Rusland om een einde te maken aan zijn steun aan de rebellen?")).toBe("");
  });

  it("leaves a preposition stranded by er, daar or hier to that word", () => {
    expect(separableVerbs("Hij deed er niet veel mee.")).toBe("");
    expect(separableVerbs("Zij dacht er lang over na.")).toBe("nadenken(dacht…na)");
    expect(separableVerbs("Hij sloeg zijn arm om haar heen.")).toBe("");
    expect(separableVerbs("De kinderen renden heen en weer.")).toBe("");
  });

  it("pairs the particle with the nearest word that can be a finite verb", () => {
    expect(separableVerbs("Hij telde de stemmen na.")).toBe("natellen(telde…na)");
    expect(separableVerbs("Het voelt gespannen aan.")).toBe("aanvoelen(voelt…aan)");
    expect(separableVerbs("Hij zet de tent op.")).toBe("opzetten(zet…op)");
    expect(separableVerbs("Ik las de krant en mijn zus belde haar vriendin op.")).toBe("opbellen(belde…op)");
    expect(separableVerbs("Arizona maakt ten minste een droge zomer door.")).toBe("doormaken(maakt…door)");
    expect(separableVerbs("Hij werd beroofd toen hij naar huis wandelde na een avondje uit.")).toBe("");
  });

  it("is only possible across en, of or maar, which may open a clause of its own", () => {
    expect(separableVerbs("Hij wachtte zijn kans rustig en geduldig af.")).toBe("afwachten?(wachtte…af)");
  });
});
