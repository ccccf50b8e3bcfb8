import { describe, expect, it } from "vitest";
import { rankSenses, senseKey, type SenseEvidence } from "@/lib/dictionary/rank-senses";

/** A small stand-in for the English frequency list and the English–Dutch dictionary. */
const ranks: Record<string, number> = {
  woman: 270,
  wife: 320,
  queen: 1_500,
  female: 2_000,
  see: 65,
  regard: 6_000,
  goal: 600,
  white: 660,
};
const reverse: Record<string, string[][]> = { woman: [["vrouw"]], queen: [["koningin"]], regard: [["achten"]] };
/** Senses that several headwords share (a synonym set FreeDict copies to each member). */
const shared: Record<string, number> = { "aim, goal, target": 5 };
const evidence: SenseEvidence = {
  englishRank: (word) => ranks[word],
  reverseSenses: (english) => reverse[english] ?? [],
  headwordsWithSense: (sense) => shared[senseKey(sense)] ?? 1,
};

describe("rankSenses", () => {
  it("puts the sense that translates back and is common first", () => {
    expect(rankSenses("vrouw", ["queen", "wife", "female", "woman"], evidence).join(" | ")).toBe(
      "woman | wife | queen | female",
    );
  });

  it("orders the glosses within a sense by frequency, unknown words last", () => {
    expect(rankSenses("zien", ["consider, deem, regard", "see"], evidence).join(" | ")).toBe(
      "see | regard, consider, deem",
    );
  });

  it("puts a synonym set that many headwords share after the headword's own sense", () => {
    // "wit": FreeDict lists the set "goal, purpose, target, aim" first, as it does for doel and doelwit.
    expect(rankSenses("wit", ["goal, target, aim", "white"], evidence).join(" | ")).toBe("white | goal, target, aim");
  });

  it("keeps FreeDict's order when nothing tells the senses apart", () => {
    expect(rankSenses("x", ["aaa", "bbb"], evidence)).toEqual(["aaa", "bbb"]);
  });
});
