import { describe, expect, it } from "vitest";
import { splitCompound } from "@/lib/language/compounds";
import { dictionary } from "./dictionary-for-tests";

/** "veiligheid+s + dialoog": parts with their linkers; a part's lemma in brackets when it differs. */
function split(word: string): string {
  const parts = splitCompound(word, dictionary);
  if (parts === undefined) return "—";
  return parts
    .map(
      (part) =>
        part.text + (part.lemma === part.text ? "" : `(${part.lemma})`) + (part.linker ? `+${part.linker}` : ""),
    )
    .join(" + ");
}

describe("splitCompound", () => {
  it("splits at linking s and inflected heads", () => {
    expect(split("veiligheidsdialoog")).toBe("veiligheid+s + dialoog");
    expect(split("regeringsleger")).toBe("regering+s + leger");
    expect(split("kernwapens")).toBe("kern + wapens(wapen)");
    expect(split("telefoongesprek")).toBe("telefoon + gesprek");
  });

  it("splits hyphenated words at their hyphens, keeping unknown parts", () => {
    expect(split("Minsk-akkoorden")).toBe("Minsk(minsk) + akkoorden(akkoord)");
    expect(split("NAVO-Rusland")).toBe("NAVO(navo) + Rusland(rusland)");
  });

  it("does not split into function words, short rare parts or past tenses", () => {
    expect(split("besloot")).toBe("—");
    expect(split("zodat")).toBe("—");
    expect(split("bondgenoot")).toBe("—");
  });
});
