import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are six characters without look-alikes, from the random source given", () => {
    const indexes = [0, 1, 2, 27, 28, 29];
    expect(newJoinCode(() => indexes.shift()!)).toBe("234XYZ");
    for (const lookAlike of ["0", "O", "1", "I", "L", "U"]) expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it("are accepted in any case, with spaces or a dash, and refused when they cannot be a code", () => {
    expect(normalizeJoinCode(" abc-def ")).toBe("ABCDEF");
    expect(normalizeJoinCode("ABC DEF")).toBe("ABCDEF");
    expect(normalizeJoinCode("ABCDE")).toBeNull();
    expect(normalizeJoinCode("ABCDEFG")).toBeNull();
    expect(normalizeJoinCode("ABCDE0")).toBeNull();
  });

  it("are shown in two halves", () => {
    expect(formatJoinCode("ABCDEF")).toBe("ABC-DEF");
  });
});
