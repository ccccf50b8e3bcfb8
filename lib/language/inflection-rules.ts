/**
 * Lemma candidates for an inflected Dutch word by spelling rules alone, unvalidated: the lemmatiser keeps only the
 * candidates the dictionary or the Dutch word list knows, so the rules may over-generate freely.
 *
 * inflectionCandidates("hervormingen").nominal includes "hervorming" · ("staten") "staat" · ("brieven") "brief"
 * ("grote") "groot" · ("balletje") "bal" · ("mogelijkheden") "mogelijkheid"
 * inflectionCandidates("beloofde").verbal includes "beloven" · ("gestationeerd") "stationeren"
 * ("doorgevoerd") "doorvoeren" · ("aflatende") "aflaten" · infinitivesFromStem("geef") includes "geven"
 */

/** Separable particles: they precede "ge" in a participle ("aan-ge-geven") and split off in main clauses. */
export const SEPARABLE_PARTICLES: readonly string[] = (
  "aan achter af bij binnen buiten door heen in los mee na neer om op over overeen plaats rond samen tegen terecht " +
  "terug tegemoet teweeg toe uit vast voor voort vrij weg"
).split(" ");

/** Inseparable prefixes: their participles have no "ge" ("besproken", "verloren"). */
export const INSEPARABLE_PREFIXES: readonly string[] = ["be", "er", "ge", "her", "mis", "ont", "ver"];

const VOWEL = /[aeiouy]/;

function isConsonant(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/.test(char) && !VOWEL.test(char);
}

/** "stat" → "staat", "actuel" → "actueel": a single vowel in an open syllable is written double when closed. */
function doubleVowel(stem: string): string | undefined {
  const n = stem.length;
  const vowel = stem[n - 2];
  if (n < 2 || !isConsonant(stem[n - 1]) || vowel === undefined || !"aeou".includes(vowel)) return undefined;
  if (stem[n - 3] === vowel) return undefined;
  return stem.slice(0, n - 1) + vowel + stem.slice(n - 1);
}

/** "maak" → "mak", "stationeer" → "stationer": the inverse of doubleVowel. */
function singleVowel(stem: string): string | undefined {
  const n = stem.length;
  const vowel = stem[n - 2];
  if (n < 3 || !isConsonant(stem[n - 1]) || vowel === undefined || stem[n - 3] !== vowel || !"aeou".includes(vowel)) {
    return undefined;
  }
  if (stem[n - 4] === vowel) return undefined;
  return stem.slice(0, n - 3) + stem.slice(n - 2);
}

/** "stamm" → "stam", "ball" → "bal". */
function singleConsonant(stem: string): string | undefined {
  const n = stem.length;
  return n >= 3 && isConsonant(stem[n - 1]) && stem[n - 1] === stem[n - 2] ? stem.slice(0, -1) : undefined;
}

/** Final v/z become f/s at the end of a Dutch word: "brieven" → "brief", "huizen" → "huis". */
function devoice(stem: string): string | undefined {
  if (stem.endsWith("v")) return stem.slice(0, -1) + "f";
  if (stem.endsWith("z")) return stem.slice(0, -1) + "s";
  return undefined;
}

/** Undoes devoicing: the stem "geef" belongs to "geven", "reis" to "reizen". */
function voice(stem: string): string | undefined {
  if (stem.endsWith("f")) return stem.slice(0, -1) + "v";
  if (stem.endsWith("s")) return stem.slice(0, -1) + "z";
  return undefined;
}

/**
 * Base-form candidates for a stem that lost an ending beginning with a vowel ("-en", "-e", "-er"). A single a, o or u
 * before the last consonant was long ("gro-te"), so the doubled spelling comes first: "grote" → "groot", not "grot".
 */
function restoreClosedSyllable(stem: string): string[] {
  const long = doubleVowel(stem);
  const longForms = long === undefined ? [] : [long, devoice(long)];
  const plainForms = [stem, singleConsonant(stem), devoice(stem)];
  // An "e" is long in a one-syllable stem ("hele" → "heel", "vele" → "veel") but usually a schwa in a longer one
  // ("wandelen" → "wandel").
  const longFirst = long !== undefined && (stem[stem.length - 2] !== "e" || !VOWEL.test(stem.slice(0, -2)));
  return (longFirst ? [...longForms, ...plainForms] : [...plainForms, ...longForms]).filter(
    (candidate): candidate is string => candidate !== undefined,
  );
}

/** Infinitive candidates for a verb stem: "werk" → "werken", "zet" → "zetten", "maak" → "maken", "geef" → "geven". */
export function infinitivesFromStem(stem: string): string[] {
  if (stem.length < 2) return [];
  const candidates: string[] = [];
  const last = stem[stem.length - 1]!;
  if (!isConsonant(last)) {
    // "doe" → "doen", "zie" → "zien", "bloei" → "bloeien"; other vowel-final strings are not verb stems.
    if (stem.endsWith("oe") || stem.endsWith("ie")) candidates.push(stem + "n");
    // Only after another vowel: "draai", "bloei"; "zi" (from "zit") is no stem.
    else if (/[aeou]i$/.test(stem)) candidates.push(stem + "en");
    return candidates;
  }
  // After a single short vowel the consonant doubles ("zeg" → "zeggen", not "zegen"); "kom" → "komen" is the
  // exception the validation sorts out.
  if (VOWEL.test(stem[stem.length - 2] ?? "") && !VOWEL.test(stem[stem.length - 3] ?? "")) {
    candidates.push(stem + last + "en");
  }
  const short = singleVowel(stem);
  for (const base of [stem, short]) {
    if (base === undefined) continue;
    candidates.push(base + "en");
    const voiced = voice(base);
    if (voiced !== undefined) candidates.push(voiced + "en");
  }
  return candidates;
}

/** "gewerkt" → "werken", "gegeven" → "geven", "gedood" → "doden", "geëscaleerd" → "escaleren". */
function participleInfinitives(word: string): string[] {
  if (!word.startsWith("ge") || word.length < 5) return [];
  const core = word.slice(2).replace(/^[ëï]/, (vowel) => (vowel === "ë" ? "e" : "i"));
  if (core.endsWith("en")) return [core];
  // A stem ending in d or t takes no second one: ge-dood, ge-zet.
  if (core.endsWith("d") || core.endsWith("t"))
    return [...infinitivesFromStem(core.slice(0, -1)), ...infinitivesFromStem(core)];
  return [];
}

/** Infinitives of a conjugated form; the bare stem ("werk" → "werken") is left to infinitivesFromStem. */
function verbCandidates(word: string): string[] {
  const candidates: string[] = [];
  // Present "-t", and participles of prefixed verbs, which have no ge-: "beschuldigd", "benadrukt".
  if (word.endsWith("t") || word.endsWith("d")) candidates.push(...infinitivesFromStem(word.slice(0, -1)));
  for (const ending of ["te", "de", "ten", "den"]) {
    if (word.endsWith(ending)) candidates.push(...infinitivesFromStem(word.slice(0, -ending.length)));
  }
  if (word.endsWith("end")) candidates.push(word.slice(0, -1));
  if (word.endsWith("ende")) candidates.push(word.slice(0, -2));
  candidates.push(...participleInfinitives(word));
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(particle + "ge")) {
      candidates.push(...participleInfinitives(word.slice(particle.length)).map((verb) => particle + verb));
    }
  }
  return candidates;
}

const DIMINUTIVE_ENDINGS = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je"];

function diminutiveCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const ending of DIMINUTIVE_ENDINGS) {
    if (!word.endsWith(ending) || word.length < ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    if (ending.startsWith("e")) candidates.push(singleConsonant(stem) ?? stem);
    // "koninkje" → "koning"; otherwise a k or p belongs to the stem ("pakje" → "pak", not "pa").
    else if (ending.startsWith("k")) {
      if (stem.endsWith("in")) candidates.push(stem + "g", stem.slice(0, -1) + "ng");
    }
    // "boompje" → "boom": the p is inserted only after m.
    else if (ending.startsWith("p")) {
      if (stem.endsWith("m")) candidates.push(stem);
    }
    // "autootje" → "auto".
    else if (/([aeiou])\1$/.test(stem)) candidates.push(stem, stem.slice(0, -1));
    else candidates.push(stem);
  }
  return candidates;
}

function nounAndAdjectiveCandidates(word: string): string[] {
  const candidates: string[] = [];
  if (word.endsWith("heden")) candidates.push(word.slice(0, -5) + "heid");
  if (word.endsWith("eren")) candidates.push(...restoreClosedSyllable(word.slice(0, -4)));
  if (word.endsWith("ën")) candidates.push(word.slice(0, -2), word.slice(0, -2) + "e");
  // The diaeresis only separates vowels: "financiële" → "financieel", "ideeën" above.
  if (word.endsWith("ële")) candidates.push(word.slice(0, -3) + "eel");
  if (word.endsWith("en")) candidates.push(...restoreClosedSyllable(word.slice(0, -2)));
  // Nouns in -e take -n: "gemeenten" → "gemeente", "ziekten" → "ziekte"; not short words ("genen" is gen, "ren" no
  // form of re).
  if (word.endsWith("en") && word.length >= 6) candidates.push(word.slice(0, -1));
  if (word.endsWith("'s")) candidates.push(word.slice(0, -2));
  else if (word.endsWith("s")) candidates.push(word.slice(0, -1));
  if (word.endsWith("ste")) candidates.push(word.slice(0, -3));
  if (word.endsWith("st")) candidates.push(word.slice(0, -2));
  if (word.endsWith("ere")) candidates.push(...restoreClosedSyllable(word.slice(0, -3)));
  if (word.endsWith("er")) candidates.push(...restoreClosedSyllable(word.slice(0, -2)));
  if (word.endsWith("e")) candidates.push(...restoreClosedSyllable(word.slice(0, -1)));
  candidates.push(...diminutiveCandidates(word));
  return candidates;
}

export interface InflectionCandidates {
  /** Singulars and adjective base forms: "hervormingen" → "hervorming", "grote" → "groot". */
  nominal: string[];
  /** Infinitives: "beloofde" → "beloven", "doorgevoerd" → "doorvoeren", "gestationeerde" → "stationeren". */
  verbal: string[];
}

/** Unvalidated lemma candidates for a lower-case word, most specific rules first, without the word itself. */
export function inflectionCandidates(word: string): InflectionCandidates {
  const verbal = verbCandidates(word);
  // An inflected adjectival participle: "gestationeerde" → "gestationeerd" → "stationeren".
  if (word.endsWith("e")) verbal.push(...verbCandidates(word.slice(0, -1)));
  const clean = (candidates: string[]) =>
    [...new Set(candidates)].filter((candidate) => candidate !== word && candidate.length >= 2);
  return { nominal: clean(nounAndAdjectiveCandidates(word)), verbal: clean(verbal) };
}
