import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * Below this many estimated guesses (10^7) a password is refused as too common. zxcvbn's own score 3 starts at
 * 10^8 and refused the demo passphrase "lees-nederlands" (10^7.5: a Dutch word and a short prefix); score 2 starts
 * at 10^6 and let single dictionary words such as "zomervakantie" (10^6.3) through. Length (at least 10
 * characters) stays the main rule; this only catches the guessable ones that are long enough.
 */
const MIN_GUESSES_LOG10 = 7;

/**
 * zxcvbn's time grows quickly with length (over 100 ms for 60 random characters here), and it runs on the event
 * loop that serves every page, so only the first 32 characters are checked. A longer password whose first 32 are
 * strong is strong.
 */
const CHECKED_LENGTH = 32;

/** The site's name makes a password easy to guess for anyone who knows where it is used. */
const SITE_WORDS = ["leeshulp"];

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * The dictionaries take ~0.4 s and ~30 MB of heap to load and rank, so they are loaded on the first registration,
 * not when the server starts, and only once per process. The Dutch ones (nl-be 3, written for zxcvbn-ts 3) are plain word
 * lists that zxcvbn-ts 4 reads the same way.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [core, common, english, dutch] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-nl-be"),
    ]);
    const dutchLists = Object.entries(dutch.dictionary).map(([name, words]) => [`${name}-nl`, words]);
    return new core.ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary, ...Object.fromEntries(dutchLists) },
      maxLength: CHECKED_LENGTH,
      l33tMaxSubstitutions: 4,
    });
  })();
  return estimator;
}

/** The user's own name and address, whole and in parts ("anna.de.vries@…" → "anna", "vries"), and the site's name. */
export function personalWords(name: string, email: string): string[] {
  const parts = `${name} ${email.split("@")[0] ?? ""}`.toLowerCase().split(/[\s._+-]+/);
  return [name, email, ...parts.filter((part) => part.length >= 3), ...SITE_WORDS];
}

/** The estimated number of guesses, as a power of ten: "1234567890" → 1.4, "fiets-regen-kaas-42" → 17.2. */
export async function passwordGuessesLog10(password: string, userWords: string[]): Promise<number> {
  return (await loadEstimator()).check(password, userWords).guessesLog10;
}

/** True for a common or easily guessed password ("wachtwoord123", "qwertyuiop", the user's name with digits). */
export async function isPasswordTooCommon(password: string, userWords: string[]): Promise<boolean> {
  return (await passwordGuessesLog10(password, userWords)) < MIN_GUESSES_LOG10;
}
