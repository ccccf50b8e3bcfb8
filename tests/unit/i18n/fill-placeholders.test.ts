import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";

describe("fillPlaceholders", () => {
  it("fills every placeholder, numbers included, and leaves unknown ones as written", () => {
    expect(fillPlaceholders("{done} of {total} ({reason})", { done: 3, total: 12 })).toBe("3 of 12 ({reason})");
    expect(fillPlaceholders("{n} + {n}", { n: 0 })).toBe("0 + 0");
  });

  it("takes the replacement patterns of String.prototype.replace literally", () => {
    for (const name of ["Tom $& Jerry", "$1", "$$", "a $` b", "a $' b", "$<name>"]) {
      expect(fillPlaceholders("Signed in as {name}", { name })).toBe(`Signed in as ${name}`);
    }
  });

  it("never scans a value again, so a value naming another placeholder stays as it is", () => {
    expect(fillPlaceholders("{name} met {other}", { name: "{other}", other: "Bram" })).toBe("{other} met Bram");
    expect(fillPlaceholders("{name}", { name: "{name}" })).toBe("{name}");
  });

  it("leaves HTML in a value as text (React escapes it when rendering)", () => {
    expect(fillPlaceholders("Save “{text}”", { text: "<b>vet</b>" })).toBe("Save “<b>vet</b>”");
  });

  it("ignores keys inherited from Object.prototype", () => {
    expect(fillPlaceholders("{toString} {constructor}", {})).toBe("{toString} {constructor}");
  });
});
