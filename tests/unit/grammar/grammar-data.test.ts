import { describe, expect, it } from "vitest";
import { getGrammar } from "@/lib/grammar/load-grammar.server";
import { renderGrammar } from "./render-grammar";

/** The converted data (lib/dictionary/data/grammar-nl.tsv) through the server loader, on words a learner meets. */
const grammar = getGrammar();
const show = (lemmas: string, partOfSpeech?: "verb" | "noun") =>
  lemmas
    .split(" ")
    .map((lemma) => {
      const found = grammar.grammarOf(lemma, partOfSpeech);
      return renderGrammar(found === undefined ? undefined : { ...found, ipa: undefined });
    })
    .join(" · ");

describe("grammar-nl.tsv", () => {
  it("has de/het and today's plural of common nouns", () => {
    expect(show("huis boom meisje regering stad kind vrouw auto")).toBe(
      "het huis (huizen) · de boom (bomen) · het meisje (meisjes) · de regering (regeringen) · de stad (steden) · " +
        "het kind (kinderen) · de vrouw (vrouwen) · de auto (auto's)",
    );
  });

  it("has the past tense, participle and auxiliary of strong, weak and separable verbs", () => {
    expect(show("lopen gaan worden zetten opbellen opstaan")).toBe(
      "lopen: liep, liepen, hebben/zijn gelopen · gaan: ging, gingen, zijn gegaan · " +
        "worden: werd, werden, zijn geworden · zetten: zette, zetten, hebben gezet · " +
        "opbellen: belde op, belden op, hebben opgebeld · opstaan: stond op, stonden op, zijn opgestaan",
    );
  });

  it("puts the likelier reading of a homograph first", () => {
    expect(show("jongen leven mens")).toBe("de jongen (jongens) · het leven (levens) · de/het mens (mensen)");
    expect(show("leven", "verb")).toBe("leven: leefde, leefden, hebben geleefd");
  });

  it("has FreeDict's IPA, but none for the words it transcribed wrongly (spelled with the ligature ĳ)", () => {
    expect(grammar.grammarOf("vrouw")?.ipa).toBe("vrɑuw");
    expect(grammar.grammarOf("regering")?.ipa).toBe("rəɣeriŋ");
    expect(grammar.grammarOf("tijd")?.ipa).toBeUndefined();
  });
});
