import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/language/detect-language";

describe("detectLanguage", () => {
  it("tells Dutch from English paragraphs", () => {
    expect(detectLanguage("Ook bespraken ze hervormingen. De relatie staat onder druk.")).toBe("nl");
    expect(detectLanguage("We appreciate the unwavering support of Ukraine and our partners.")).toBe("en");
  });

  it("decides short text by function words, else by the fallback", () => {
    expect(detectLanguage("Strategische veiligheidsdialoog")).toBe("nl");
    expect(detectLanguage("Beeld AFP")).toBe("nl");
    expect(detectLanguage("Beeld AFP", "en")).toBe("en");
    expect(detectLanguage("The talks")).toBe("en");
    expect(detectLanguage("In de stad")).toBe("nl");
  });
});
