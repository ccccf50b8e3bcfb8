import { describe, expect, it } from "vitest";
import { guessEnglish } from "@/lib/language/cognates";
import { dictionary } from "./dictionary-for-tests";

/** "escalatie→escalation" per word; "=" marks a guess spelled as in Dutch, "—" no guess. */
function guesses(words: string): string {
  return words
    .split(" ")
    .map((word) => {
      const guess = guessEnglish(word, dictionary);
      return `${word}→${guess === undefined ? "—" : guess.english + (guess.identical ? "=" : "")}`;
    })
    .join(" ");
}

describe("guessEnglish", () => {
  it("applies suffix correspondences and checks the result is English", () => {
    expect(guesses("escalatie implementatie interventie diplomatie separatistisch strategisch")).toBe(
      "escalatie→escalation implementatie→implementation interventie→intervention diplomatie→diplomacy " +
        "separatistisch→separatist strategisch→strategic",
    );
    expect(guesses("universiteit terrorisme defensief kwaliteit escaleren de-escaleren")).toBe(
      "universiteit→university terrorisme→terrorism defensief→defensive kwaliteit→quality escaleren→escalate " +
        "de-escaleren→de-escalate",
    );
  });

  it("offers words spelled as in English only from six letters, and nothing for Germanic words", () => {
    expect(guesses("separatist beheersing woordvoerder arm")).toBe(
      "separatist→separatist= beheersing→— woordvoerder→— arm→—",
    );
  });
});
