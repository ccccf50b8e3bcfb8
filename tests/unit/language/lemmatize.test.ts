import { describe, expect, it } from "vitest";
import { inflectionCandidates } from "@/lib/language/inflection-rules";
import { lemmatize } from "@/lib/language/lemmatize";
import { dictionary } from "./dictionary-for-tests";

/** "form→lemma" for each word, all candidates joined by "|": compact expected strings. */
function lemmas(words: string): string {
  return words
    .split(" ")
    .map(
      (word) =>
        `${word}→${lemmatize(word, dictionary)
          .map((candidate) => candidate.lemma)
          .join("|")}`,
    )
    .join(" ");
}

describe("lemmatize", () => {
  it("resolves strong and irregular verbs, also behind a prefix", () => {
    expect(lemmas("gaf bespraken zou liet besloot sprak overeengekomen aangegeven vergeleken")).toBe(
      "gaf→geven bespraken→bespreken zou→zullen liet→laten besloot→besluiten sprak→spreken " +
        "overeengekomen→overeenkomen aangegeven→aangeven vergeleken→vergelijken",
    );
  });

  it("lists the verb reading first only where it dominates", () => {
    expect(lemmas("was staat heeft ben")).toBe("was→zijn|was staat→staat|staan heeft→hebben ben→zijn|ben");
  });

  it("conjugates regular verbs", () => {
    expect(lemmas("beloofde benadrukte waarschuwde vreest aantoont zegt hechtte huil werkten")).toBe(
      "beloofde→beloven benadrukte→benadrukken waarschuwde→waarschuwen vreest→vrezen aantoont→aantonen " +
        "zegt→zeggen hechtte→hechten|hecht huil→huilen werkten→werken",
    );
  });

  it("maps past participles (ge-…-d/t, ge-…-en, prefixed) to the infinitive", () => {
    expect(lemmas("gestationeerd doorgevoerd gedood beschuldigd gepland geholpen")).toBe(
      "gestationeerd→stationeren doorgevoerd→doorvoeren gedood→doden beschuldigd→beschuldigen gepland→plannen " +
        "geholpen→helpen",
    );
  });

  it("singularises plurals, including long vowels, v/z and irregular plurals", () => {
    expect(lemmas("hervormingen akkoorden sancties staten bondgenoten partners brieven steden ogen uren")).toBe(
      "hervormingen→hervorming akkoorden→akkoord sancties→sanctie staten→staat bondgenoten→bondgenoot " +
        "partners→partner brieven→brief steden→stad ogen→oog uren→uur",
    );
    expect(lemmas("mensen maanden")).toBe("mensen→mens|mensen maanden→maand|manen");
  });

  it("keeps the lemma first whatever the frequencies, since saved words are stored under it", () => {
    expect(lemmas("huizen echter gezien staat")).toBe(
      "huizen→huizen|huis echter→echt|echter gezien→gezien|zien staat→staat|staan",
    );
  });

  it("reduces diminutives", () => {
    expect(lemmas("balletje huisjes boompje meisjes")).toBe(
      "balletje→bal|balletje huisjes→huisje boompje→boom|boompje meisjes→meisje",
    );
  });

  it("reduces inflected, comparative and superlative adjectives", () => {
    expect(lemmas("grote zware actieve politieke Amerikaanse financiële groter grootste beter")).toBe(
      "grote→groot zware→zwaar actieve→actief politieke→politiek Amerikaanse→amerikaans|amerikaanse " +
        "financiële→financieel groter→groot grootste→groot beter→goed|beter",
    );
  });

  it("reads frequent forms as themselves, not as inflections of a function word", () => {
    expect(lemmas("water eens niets mee weer zeer langs oké")).toBe(
      "water→water|wat eens→eens niets→niets|niet mee→mee weer→weer zeer→zeer langs→langs|lang oké→oké",
    );
  });

  it("finds the lemma the spelling rules used to miss", () => {
    // One-syllable stems in e are long ("hele" → heel); a noun in -e takes -n; -pje and -kje need m and -in.
    expect(inflectionCandidates("hele").nominal[0]).toBe("heel");
    expect(lemmas("zit gemeenten pakje boompje")).toBe(
      "zit→zitten gemeenten→gemeente pakje→pak|pakje boompje→boom|boompje",
    );
  });

  it("validates candidates, so rules cannot invent words", () => {
    expect(lemmas("had bod de het vóór")).toBe("had→hebben bod→bod de→de het→het vóór→voor");
  });
});
