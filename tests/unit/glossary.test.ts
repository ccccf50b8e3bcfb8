import { describe, expect, it } from "vitest";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { compoundSpellings } from "@/lib/glossary/compound-spellings";
import { compileGlossary, findTerms } from "@/lib/glossary/find-terms";
import { glossaryWordKeys } from "@/lib/glossary/glossary-word-keys.server";
import { separableVerbKeys } from "@/lib/glossary/separable-verb-keys";
import { annotateParagraph } from "@/lib/language/annotate";

const words = glossaryWordKeys();

/** The text with each term occurrence written as [occurrence=term]. */
function marked(text: string, terms: (string | { term: string; variants: string[] })[]): string {
  const entries = terms.map((entry, index) =>
    typeof entry === "string" ? { id: String(index), term: entry, variants: [] } : { id: String(index), ...entry },
  );
  const index = compileGlossary(entries, words);
  const verbs = separableVerbKeys(annotateParagraph(text, getDictionary(), "nl"));
  let out = "";
  let at = 0;
  for (const occurrence of findTerms(text, index, words, verbs)) {
    out += `${text.slice(at, occurrence.start)}[${text.slice(occurrence.start, occurrence.end)}=${entries[Number(occurrence.termId)]!.term}]`;
    at = occurrence.end;
  }
  return out + text.slice(at);
}

describe("glossary matching", () => {
  it("matches a term in its reordered form, and not a lone part of it", () => {
    expect(
      marked("De implementatie van de akkoorden van Minsk versnellen. Volgens die akkoorden beloofde Oekraïne.", [
        "Minsk-akkoorden",
      ]),
    ).toBe(
      "De implementatie van de [akkoorden van Minsk=Minsk-akkoorden] versnellen. Volgens die akkoorden beloofde Oekraïne.",
    );
  });

  it("matches inflected forms: plurals, adjectives, compounds", () => {
    expect(marked("Ook bespraken ze hervormingen.", ["hervorming"])).toBe(
      "Ook bespraken ze [hervormingen=hervorming].",
    );
    expect(marked("zware sancties en de bondgenoten", ["sanctie", "bondgenoot"])).toBe(
      "zware [sancties=sanctie] en de [bondgenoten=bondgenoot]",
    );
    expect(marked("de beheersing van hun kernwapens", ["kernwapen"])).toBe(
      "de beheersing van hun [kernwapens=kernwapen]",
    );
    expect(marked("aldus de verklaring van het Witte Huis.", ["Witte Huis"])).toBe(
      "aldus de verklaring van het [Witte Huis=Witte Huis].",
    );
  });

  it("matches multi-word terms as written, and variants", () => {
    expect(
      marked("aan het principe van “niets over jullie zonder jullie”, zo klinkt het", [
        "niets over jullie zonder jullie",
      ]),
    ).toBe("aan het principe van “[niets over jullie zonder jullie=niets over jullie zonder jullie]”, zo klinkt het");
    expect(
      marked("de separatistische, pro-Russische rebellen", [{ term: "separatist", variants: ["separatistisch"] }]),
    ).toBe("de [separatistische=separatist], pro-Russische rebellen");
    expect(marked("Later volgen de NAVO-Rusland Raad op 12 januari", ["NAVO-Rusland Raad", "NAVO"])).toBe(
      "Later volgen de [NAVO-Rusland Raad=NAVO-Rusland Raad] op 12 januari",
    );
  });

  it("marks both parts of a separable verb", () => {
    expect(marked("Zelenski gaf op Twitter aan dat het gesprek goed was.", ["aangeven"])).toBe(
      "Zelenski [gaf=aangeven] op Twitter [aan=aangeven] dat het gesprek goed was.",
    );
  });

  it("prefers the longest term that starts first", () => {
    expect(
      marked("de strategische veiligheidsdialoog", ["veiligheidsdialoog", "strategische veiligheidsdialoog"]),
    ).toBe("de [strategische veiligheidsdialoog=strategische veiligheidsdialoog]");
  });
});

describe("compound spellings of terms", () => {
  it("matches a term whose words the text closes up into one compound, and the other way round", () => {
    expect(marked("De NAVO-Ruslandraad komt samen.", ["NAVO-Rusland Raad"])).toBe(
      "De [NAVO-Ruslandraad=NAVO-Rusland Raad] komt samen.",
    );
    expect(marked("over de veiligheidsdialoog", ["veiligheid dialoog"])).toBe(
      "over de [veiligheidsdialoog=veiligheid dialoog]",
    );
  });

  it("spells out the closings-up of a term's words", () => {
    const none = () => false;
    expect(compoundSpellings(["Rusland", "Raad"], none).map((words) => words.join(" "))).toEqual([
      "Ruslandraad",
      "Ruslandsraad",
      "Ruslandenraad",
      "Ruslanderaad",
    ]);
    expect(compoundSpellings(["vrede"], none)).toEqual([]);
    expect(
      compoundSpellings(["aan", "bod", "komen"], (word) => word === "aan").map((words) => words.join(" ")),
    ).toEqual(["aan bodkomen", "aan bodskomen", "aan bodenkomen", "aan bodekomen"]);
  });
});
