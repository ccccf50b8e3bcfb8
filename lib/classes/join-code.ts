/**
 * Join codes: six characters from an alphabet without the look-alikes 0/O, 1/I/L (and U, which reads as V), shown
 * as "ABC-DEF" and accepted in any case, with or without spaces or a dash. 30^6 ≈ 729 million codes; wrong guesses
 * are rate-limited (lib/classes/join-class.server.ts).
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** A new code from `randomIndex` (a source of integers in [0, n), e.g. crypto.randomInt). */
export function newJoinCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** "abc-def", " ABC DEF " → "ABCDEF"; null when what is left cannot be a code. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}

/** "ABCDEF" → "ABC-DEF", easier to read aloud and to copy by eye. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** Wrong codes one account may type per hour before joining is refused for the rest of it. */
export const WRONG_JOIN_CODES_PER_HOUR = { points: 20, seconds: 3600 };
