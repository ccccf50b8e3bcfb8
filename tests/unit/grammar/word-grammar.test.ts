import { describe, expect, it } from "vitest";
import { formatGrammarLine, parseGrammarLine } from "@/lib/grammar/grammar-line";
import { GrammarIndex } from "@/lib/grammar/word-grammar";
import { renderGrammar } from "./render-grammar";

/** A small hand-written file in the converter's format: one reading per line, a lemma's likeliest reading first. */
const FIXTURE = [
  "huis\tnoun\thet\thuizen\t\t\t\t\thəʏs",
  "jongen\tnoun\tde\tjongens\t\t\t\t\tjɔŋən",
  "jongen\tverb\t\t\tjongde\tjongden\tgejongd\thebben\tjɔŋən",
  "lopen\tverb\t\t\tliep\tliepen\tgelopen\thebben/zijn\tlopən",
  "opbellen\tverb\t\t\tbelde op\tbelden op\topgebeld\thebben\t",
  "soort\tnoun\tde/het\tsoorten\t\t\t\t\t",
  "tijd\t\t\t\t\t\t\t\t",
  "zeilen\tverb\t\t\tzeilde\tzeilden\tgezeild\tmaybe\t",
  "zijn\tdeterminer\t\t\t\t\t\t\tzɛin",
  "zijn\tverb\t\t\twas\twaren\tgeweest\tzijn\tzɛin",
  "",
].join("\n");

const grammar = new GrammarIndex(FIXTURE);
const show = (lemma: string, partOfSpeech?: Parameters<GrammarIndex["grammarOf"]>[1]) =>
  renderGrammar(grammar.grammarOf(lemma, partOfSpeech));

describe("GrammarIndex", () => {
  it("gives a noun's article and plural and a verb's past, participle and auxiliary", () => {
    expect(show("huis")).toBe("het huis (huizen) /həʏs/");
    expect(show("lopen")).toBe("lopen: liep, liepen, hebben/zijn gelopen /lopən/");
    expect(show("opbellen")).toBe("opbellen: belde op, belden op, hebben opgebeld");
    expect(show("soort")).toBe("de/het soort (soorten)");
  });

  it("shows the likeliest reading first and the one asked for by part of speech", () => {
    expect(show("jongen")).toBe("de jongen (jongens) /jɔŋən/");
    expect(show("jongen", "verb")).toBe("jongen: jongde, jongden, hebben gejongd /jɔŋən/");
    expect(show("zijn")).toBe("zijn (determiner) /zɛin/");
    expect(show("zijn", "verb")).toBe("zijn: was, waren, zijn geweest /zɛin/");
    expect(show("zijn", "noun")).toBe("zijn (determiner) /zɛin/");
    expect(grammar.readingsOf("zijn").map((reading) => reading.partOfSpeech)).toEqual(["determiner", "verb"]);
  });

  it("finds a lemma whatever its case, and nothing for an unknown word", () => {
    expect(show("Huis")).toBe("het huis (huizen) /həʏs/");
    expect(show("fiets")).toBe("—");
    expect(grammar.readingsOf("fiets")).toEqual([]);
  });

  it("leaves out what the file leaves empty or does not recognise", () => {
    expect(show("tijd")).toBe("tijd (?)");
    expect(show("zeilen")).toBe("zeilen: zeilde, zeilden, ? gezeild");
  });

  it("writes a line the parser reads back unchanged", () => {
    const lines = FIXTURE.split("\n").filter((line) => line.length > 0 && !line.startsWith("zeilen"));
    expect(lines.map((line) => formatGrammarLine(parseGrammarLine(line)))).toEqual(lines);
  });
});
