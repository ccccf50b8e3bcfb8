import { describe, expect, it } from "vitest";
import { isPasswordTooCommon, passwordGuessesLog10, personalWords } from "@/lib/auth/password-strength";

const anna = personalWords("Anna de Vries", "anna.devries@example.com");

describe("isPasswordTooCommon", () => {
  it.each([
    "fiets-regen-kaas-42",
    "lees-nederlands",
    "lesgeven-is-leuk",
    "een lang wachtwoord",
    "correct horse battery",
  ])("accepts the passphrase %s", async (password) => {
    expect(await isPasswordTooCommon(password, anna)).toBe(false);
  });

  it.each(["wachtwoord123", "password1234", "1234567890", "qwertyuiop", "zomervakantie", "welkom12345"])(
    "refuses the common password %s",
    async (password) => {
      expect(await isPasswordTooCommon(password, anna)).toBe(true);
    },
  );

  it("refuses the user's own name or address with a few digits", async () => {
    expect(await isPasswordTooCommon("devries2024", anna)).toBe(true);
    expect(await isPasswordTooCommon("anna.devries@example.com", anna)).toBe(true);
    const bram = personalWords("Bram", "bram@example.com");
    expect(await passwordGuessesLog10("annadevries", anna)).toBeLessThan(
      await passwordGuessesLog10("annadevries", bram),
    );
  });

  it("checks only the first 32 characters, so a long input costs no more than that", async () => {
    const repeated = "wachtwoord".repeat(20);
    expect(await isPasswordTooCommon(repeated, anna)).toBe(true);
    const started = performance.now();
    await passwordGuessesLog10("4@8(3!6#1|0$5+7%".repeat(12), anna);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("personalWords", () => {
  it("splits the name and the address's local part into words of three letters or more", () => {
    expect(personalWords("Anna de Vries", "anna.devries@example.com")).toEqual([
      "Anna de Vries",
      "anna.devries@example.com",
      "anna",
      "vries",
      "anna",
      "devries",
      "leeshulp",
    ]);
  });
});
