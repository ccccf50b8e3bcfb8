import { describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-alignment/align-words";
import { dictionary } from "../language/dictionary-for-tests";

/** "vrouwen→women zetten…neer→put down": each link's Dutch words, then its English words, in Dutch order. */
function render(dutch: string, english: string): string {
  return alignWords(dutch, english, dictionary)
    .map((link) => {
      const nl = link.nl.map((span) => dutch.slice(span.start, span.end)).join("…");
      const en = link.en.map((span) => english.slice(span.start, span.end)).join(" ");
      return `${nl}→${en}`;
    })
    .join(" ");
}

describe("alignWords", () => {
  it("links inflected words through their lemmas' senses and English inflection", () => {
    expect(
      render("De vrouwen zetten de fietsen neer bij het station.", "The women put the bikes down at the station."),
    ).toBe("vrouwen→women zetten…neer→put down fietsen→bikes station→station");
    expect(render("De kinderen gingen naar huis.", "The children went home.")).toBe("kinderen→children gingen→went");
  });

  it("gives both parts of a separable verb one English counterpart", () => {
    expect(
      render("Het leger trok zich gisteren terug uit de stad.", "The army withdrew from the city yesterday."),
    ).toBe("leger→army trok…terug→withdrew gisteren→yesterday stad→city");
    expect(render("De politie hield twee verdachten aan.", "Police arrested two suspects.")).toBe(
      "politie→Police hield…aan→arrested twee→two verdachten→suspects",
    );
  });

  it("maps a compound to the English words of its parts", () => {
    expect(render("Het regeringsleger rukte op.", "The government army advanced.")).toContain(
      "regeringsleger→government army",
    );
    expect(render("De kernwapens van het land.", "The country's nuclear weapons.")).toBe(
      "kernwapens→nuclear weapons land→country's",
    );
    expect(render("Hij is mijn comedypartner.", "He is my comedy partner.")).toBe("comedypartner→comedy partner");
  });

  it("links names, months and numbers however they are written", () => {
    expect(
      render("Koning Willem-Alexander bezocht op 12 mei Utrecht.", "King Willem-Alexander visited Utrecht on 12 May."),
    ).toBe("Koning→King Willem-Alexander→Willem-Alexander bezocht→visited 12→12 mei→May Utrecht→Utrecht");
    expect(render("Een brood kost 2,50 euro.", "A loaf costs 2.50 euros.")).toBe(
      "brood→loaf kost→costs 2,50→2.50 euro→euros",
    );
  });

  it("links cognates and negations the dictionary does not connect", () => {
    expect(render("De radioactieve mineralen.", "The radioactive minerals.")).toBe(
      "radioactieve→radioactive mineralen→minerals",
    );
    expect(render("Een onpraktische hoed.", "An impractical hat.")).toBe("onpraktische→impractical hoed→hat");
  });

  it("marks nothing rather than something wrong", () => {
    // Function words on either side are never linked; a false friend is not linked to its look-alike.
    expect(render("Hij is er nog niet.", "He is not there yet.")).toBe("");
    expect(render("Het kind speelt buiten.", "The child plays outside.")).toBe("kind→child speelt→plays");
    expect(render("De kat slaapt.", "Stocks fell sharply.")).toBe("");
  });

  it("maps repeated words in their order", () => {
    const dutch = "Een grote, grote fout.";
    const english = "A big, big mistake.";
    const links = alignWords(dutch, english, dictionary);
    const pairs = links.map((link) => `${link.nl[0]!.start}→${link.en[0]!.start}`);
    expect(pairs).toEqual(["4→2", "11→7", "17→11"]);
  });

  it("names the sense the link came from, for the card to put first", () => {
    const [link] = alignWords("De vrouwen lachen.", "The women laugh.", dictionary);
    expect(link?.gloss?.split(", ")).toContain("woman");
  });
});
