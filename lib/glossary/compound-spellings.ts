/** Linking elements Dutch writes between the parts of a closed compound: veiligheid-s-dialoog, boek-en-kast. */
const LINKERS = ["", "s", "en", "e"];
/** Beyond this many parts a term is a phrase, not something written as one word. */
const MAX_PARTS = 3;

/**
 * The other ways a term of several parts can be written when some of its parts are closed up into a compound:
 * "NAVO Rusland Raad" → "NAVO Ruslandraad", "NAVORusland Raad", "NAVORuslandraad", … (each with every linker), and
 * "veiligheid dialoog" → "veiligheidsdialoog". Each spelling is a list of words. Function words are never closed up
 * ("aan bod komen" does not become "aanbod komen").
 */
export function compoundSpellings(parts: readonly string[], isFunctionWord: (word: string) => boolean): string[][] {
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  const spellings: string[][] = [];
  const extend = (index: number, words: string[]) => {
    if (index === parts.length) {
      if (words.length < parts.length) spellings.push(words);
      return;
    }
    const part = parts[index]!;
    extend(index + 1, [...words, part]);
    const last = words[words.length - 1];
    if (last !== undefined && !isFunctionWord(last) && !isFunctionWord(part)) {
      for (const linker of LINKERS) extend(index + 1, [...words.slice(0, -1), `${last}${linker}${part.toLowerCase()}`]);
    }
  };
  extend(0, []);
  return spellings;
}
