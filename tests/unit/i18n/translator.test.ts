import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { getT } from "@/lib/i18n/translator";

// escapeValue is off because React escapes what it renders; these make sure i18next then inserts values verbatim.
describe("server-side translation of user text", () => {
  const t = getT("en", "vocabulary");

  it("inserts a value literally: no replacement patterns, no second interpolation, no nesting", () => {
    for (const query of ["Tom $& Jerry", "$1 $$ $` $'", "{{count}}", "{{query}}", "$t(title)"]) {
      expect(t("noResults", { query })).toBe(`No saved word matches “${query}”.`);
    }
  });

  it("leaves HTML in a value as text", () => {
    expect(t("deleteLabel", { word: "<b>vet</b>" })).toBe("Delete “<b>vet</b>” from your vocabulary");
  });

  it("hands a placeholder through to the client, where a user's name is filled in literally", () => {
    const template = getT("nl", "reader")("saveSelection", { text: "{text}" });
    expect(template).toBe("Bewaar „{text}”");
    expect(fillPlaceholders(template, { text: "$& {{text}} {text}" })).toBe("Bewaar „$& {{text}} {text}”");
  });
});
