/**
 * Finds separable verbs split over a sentence: in a main clause the particle goes to the end of its clause ("gaf …
 * aan" → aangeven, "sprak zijn steun uit voor" → uitspreken); with "te" it stands before it ("door te voeren" →
 * doorvoeren). A pair counts only if particle + infinitive is a Dutch word.
 *
 * A particle in the middle of its clause is a preposition ("Hij zet het boek op de tafel" is not opzetten), so only
 * a particle that closes its clause is paired: before punctuation, the end, a conjunction or relative ("aan dat",
 * "aan die"), a preposition that opens an extraposed phrase ("uit voor", "door met") or a new subject ("toe hij").
 * Its verb is the nearest word before it in the clause that can be a finite verb: not a participle ("gevangen"), not
 * an infinitive after a modal ("zal stijgen in"), not a noun after a determiner or preposition ("de leden",
 * "van spelen"), not a form of zijn, hebben or worden, not a short word such as "ten" ("doorten" is no verb); and
 * not the verb of a verb-final clause, whose particle would stand before it ("toen hij naar huis wandelde na een
 * avondje uit"). A particle right after "er", "daar", "hier" or "waar" is a stranded preposition ("deed er meer
 * mee" is not meedoen; "denkt er ernstig over na" is nadenken), and "heen" after a preposition belongs to it ("om
 * me heen").
 *
 * Sure: PARTICLE te INFINITIVE, or a closing particle whose verb is in its own clause. Possible: a verb reached
 * across "en", "of" or "maar" ("wachtte zijn kansen rustig en zelfverzekerd af"), which may open a clause of its own.
 *
 * For "Zelenski gaf op Twitter aan dat …" (words 0–5):
 * findSeparableVerbs(words) → [{ lemma: "aangeven", verbIndex: 1, particleIndex: 4, certainty: "sure" }]
 */
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "./function-words";
import { infinitivesFromStem, SEPARABLE_PARTICLES } from "./inflection-rules";

export interface SentenceWord {
  /** Lower-case form: "gaf". */
  key: string;
  /** Its lemma candidates, likeliest first: ["geven"]. */
  lemmas: readonly string[];
  /** True when punctuation (comma, colon, semicolon, bracket, dash) or the sentence end follows the word. */
  clauseEndsAfter: boolean;
}

export type SeparableVerbCertainty = "sure" | "possible";

export interface SeparableVerbPair {
  /** The separable verb: "aangeven". */
  lemma: string;
  verbIndex: number;
  particleIndex: number;
  certainty: SeparableVerbCertainty;
}

const PARTICLES: ReadonlySet<string> = new Set(SEPARABLE_PARTICLES);

/** Infinitives that do not end in -en. */
const SHORT_INFINITIVES = new Set(["zijn", "gaan", "staan", "slaan", "doen", "zien"]);

/** Coordinators: they may join two clauses or only two phrases ("rustig en zelfverzekerd"). */
const COORDINATORS = new Set(["en", "of", "maar"]);

/** Words after which a preposition is stranded: "er … mee" (ermee), "daar … op" (daarop). */
const R_PRONOUNS = new Set(["er", "daar", "hier", "waar"]);

/** Particles that can also be the stranded half of "er … mee", "er … af", "er … toe". */
const STRANDABLE = new Set([...PREPOSITIONS, "mee", "af", "toe"]);

/**
 * Finite forms of auxiliaries and modals. After one of them an infinitive is not the clause's finite verb, so a
 * particle after it is not its own ("zal stijgen in de komende dagen").
 */
const FINITE_AUXILIARIES = new Set(
  `zal zult zullen zou zouden kan kun kunt kunnen kon konden moet moeten moest moesten wil wilt willen wilde wilden
   wou mag mogen mocht mochten hoeft hoeven hoefde hoefden ga gaat gaan ging gingen blijf blijft blijven bleef
   bleven laat laten liet lieten heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd
   werden`.split(/\s+/),
);

/** Forms of zijn, hebben and worden: their particle pairs ("bijzijn", "omhebben") are nouns or rare. */
const BE_HAVE_BECOME = new Set(
  "ben bent is zijn was waren heb hebt heeft hebben had hadden word wordt worden werd werden".split(" "),
);

/** Subjects that show a new clause after a particle ("voegde hieraan toe hij …"); "je", "ze", "u" may be objects. */
const CLAUSE_SUBJECTS = new Set(["ik", "jij", "hij", "zij", "wij", "we", "men"]);

/**
 * Words that open a verb-final clause: a particle after its verb there is not the verb's own ("toen hij naar huis
 * wandelde na een avondje uit"). Directly before the verb they are a subject or adverb instead ("dat maakt niet uit").
 */
const VERB_FINAL_OPENERS = new Set(
  `dat omdat zodat toen wanneer terwijl nadat voordat totdat hoewel indien alsof die wat wie waar waarin waarop
   waarmee waardoor waarvan waaraan waarover waarbij waarna`.split(/\s+/),
);

/** "om te gaan" is omgaan only in "(er)mee om te gaan", "hoe om te gaan" or "om te gaan met"; else "in order to". */
const OM_TE_CONTEXT = new Set(["mee", "ermee", "hiermee", "daarmee", "hoe"]);

export function findSeparableVerbs(
  words: readonly SentenceWord[],
  isDutchWord: (word: string) => boolean,
): SeparableVerbPair[] {
  const pairs = particleTeInfinitive(words, isDutchWord);
  const paired = new Set(pairs.flatMap((pair) => [pair.verbIndex, pair.particleIndex]));
  words.forEach((particle, particleIndex) => {
    if (paired.has(particleIndex) || !PARTICLES.has(particle.key) || !closesClause(words, particleIndex)) return;
    if (isStrandedPreposition(words, particleIndex) || isAdverbPair(words, particleIndex)) return;
    const pair = verbBefore(words, particleIndex, isDutchWord, paired);
    if (pair === undefined) return;
    pairs.push(pair);
    paired.add(pair.verbIndex);
    paired.add(particleIndex);
  });
  return pairs.sort((a, b) => a.verbIndex - b.verbIndex);
}

/** PARTICLE te INFINITIVE: "om de situatie op te lossen", "er vertrouwelijk mee om te gaan". */
function particleTeInfinitive(
  words: readonly SentenceWord[],
  isDutchWord: (word: string) => boolean,
): SeparableVerbPair[] {
  const pairs: SeparableVerbPair[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const particle = words[i]!;
    if (!PARTICLES.has(particle.key) || particle.clauseEndsAfter || words[i + 1]!.key !== "te") continue;
    const verb = words[i + 2]!;
    if (particle.key === "om" && !OM_TE_CONTEXT.has(words[i - 1]?.key ?? "") && words[i + 3]?.key !== "met") continue;
    const lemma = particle.key + verb.key;
    if (isInfinitive(verb.key) && isDutchWord(lemma)) {
      pairs.push({ lemma, verbIndex: i + 2, particleIndex: i, certainty: "sure" });
    }
  }
  return pairs;
}

/** Ends like an infinitive and is long enough to be one: not "ten", "een". */
function isInfinitive(lemma: string): boolean {
  return (lemma.endsWith("en") && lemma.length >= 4) || SHORT_INFINITIVES.has(lemma);
}

/**
 * Punctuation, the end, a conjunction or relative, a preposition or a new subject follows the particle; "voor hij"
 * is the conjunction "before".
 */
function closesClause(words: readonly SentenceWord[], index: number): boolean {
  const next = words[index + 1];
  if (words[index]!.clauseEndsAfter || next === undefined) return true;
  if (CLAUSE_SUBJECTS.has(next.key)) return words[index]!.key !== "voor";
  return SUBORDINATORS.has(next.key) || PREPOSITIONS.has(next.key);
}

/** "heen en weer", "op en neer": two adverbs, not a verb's particle. */
function isAdverbPair(words: readonly SentenceWord[], index: number): boolean {
  const after = words[index + 2]?.key ?? "";
  return COORDINATORS.has(words[index + 1]?.key ?? "") && (PARTICLES.has(after) || after === "weer");
}

/** True for "mee" in "deed er meer mee" and "heen" in "om me heen": no other preposition since the R-word. */
function isStrandedPreposition(words: readonly SentenceWord[], index: number): boolean {
  const key = words[index]!.key;
  for (let i = index - 1; i >= 0 && !isClauseBoundary(words, i); i--) {
    const word = words[i]!.key;
    if (key === "heen" && PREPOSITIONS.has(word)) return true;
    if (R_PRONOUNS.has(word)) return STRANDABLE.has(key);
    if (PREPOSITIONS.has(word) || PARTICLES.has(word)) return false;
  }
  return false;
}

/** A word that ends the clause before it: punctuation after it, or a subordinator that opens the next clause. */
function isClauseBoundary(words: readonly SentenceWord[], index: number): boolean {
  const word = words[index]!;
  return word.clauseEndsAfter || (SUBORDINATORS.has(word.key) && !COORDINATORS.has(word.key) && word.key !== "om");
}

/**
 * The nearest word before the particle, in its clause, that can be a finite verb forming a Dutch verb with it. It
 * reaches back across "en", "of" or "maar" only while no other verb stands between ("vroeg of laat staan ze terug"
 * is not terugvragen), and gives nothing when that verb ends a verb-final clause.
 */
function verbBefore(
  words: readonly SentenceWord[],
  particleIndex: number,
  isDutchWord: (word: string) => boolean,
  paired: ReadonlySet<number>,
): SeparableVerbPair | undefined {
  const particle = words[particleIndex]!.key;
  let certainty: SeparableVerbCertainty = "sure";
  let passedVerb = false;
  for (let verbIndex = particleIndex - 1; verbIndex >= 0 && !isClauseBoundary(words, verbIndex); verbIndex--) {
    const word = words[verbIndex]!;
    if (COORDINATORS.has(word.key)) {
      if (passedVerb) return undefined;
      certainty = "possible";
    }
    if (paired.has(verbIndex) || !canBeFiniteVerb(words, verbIndex)) continue;
    const infinitives = verbLemmas(words, verbIndex).filter(isInfinitive);
    const lemma = infinitives.map((infinitive) => particle + infinitive).find(isDutchWord);
    if (lemma !== undefined) {
      return opensVerbFinalClause(words, verbIndex) ? undefined : { lemma, verbIndex, particleIndex, certainty };
    }
    passedVerb ||=
      isConjugatedVerb(word) || (infinitives.length > 0 && SUBJECT_PRONOUNS.has(words[verbIndex + 1]?.key ?? ""));
  }
  return undefined;
}

/** A form the lemmatizer only knows as a conjugated verb: "hoort" (horen), "sleurde" (sleuren). */
function isConjugatedVerb(word: SentenceWord): boolean {
  return word.lemmas.some(isInfinitive) && !word.lemmas.includes(word.key);
}

/**
 * True when the verb's clause starts with a subordinator or relative that is not right before the verb. Another
 * verb on the way back ends that clause: in "wanneer je dat hoort voegde hij eraan toe" the clause of "voegde" is
 * not the one "wanneer" opens.
 */
function opensVerbFinalClause(words: readonly SentenceWord[], verbIndex: number): boolean {
  for (let i = verbIndex - 1; i >= 0; i--) {
    const word = words[i]!;
    if (word.clauseEndsAfter || COORDINATORS.has(word.key) || isConjugatedVerb(word)) return false;
    if (VERB_FINAL_OPENERS.has(word.key)) return i < verbIndex - 1;
  }
  return false;
}

/**
 * The word's lemmas, and for a bare stem where a finite verb stands (first in its clause, or next to a subject
 * pronoun) the infinitives it may come from: the lemmatizer takes "zet" (hij zet … uit) and "werk" (werk … samen)
 * for nouns; the particle + infinitive check keeps only real verbs.
 */
function verbLemmas(words: readonly SentenceWord[], index: number): readonly string[] {
  const { key, lemmas } = words[index]!;
  const previous = words[index - 1];
  const verbPosition =
    previous === undefined ||
    previous.clauseEndsAfter ||
    COORDINATORS.has(previous.key) ||
    SUBJECT_PRONOUNS.has(previous.key) ||
    SUBJECT_PRONOUNS.has(words[index + 1]?.key ?? "");
  return key.endsWith("en") || !verbPosition ? lemmas : [...lemmas, ...infinitivesFromStem(key)];
}

/**
 * Not a function word or a form of zijn, hebben or worden, not a participle ("gevangen", "volgende"), not an
 * infinitive after a modal, and not a noun after a determiner or preposition ("de leden", "van spelen"); a
 * conjugated form is a verb even there ("Het ziet ernaar uit").
 */
function canBeFiniteVerb(words: readonly SentenceWord[], index: number): boolean {
  const word = words[index]!;
  const { key } = word;
  if (PARTICLES.has(key) || PREPOSITIONS.has(key) || key === "te" || R_PRONOUNS.has(key)) return false;
  if (DETERMINERS.has(key) || SUBJECT_PRONOUNS.has(key) || SUBORDINATORS.has(key) || BE_HAVE_BECOME.has(key)) {
    return false;
  }
  if (word.lemmas.some((lemma) => isParticipleOf(key, lemma) || key === lemma + "d" || key === lemma + "de")) {
    return false;
  }
  const previous = words[index - 1]?.key ?? "";
  const mayBeNoun = key.endsWith("en") || word.lemmas.includes(key) || word.lemmas.length === 0;
  if (previous === "te" || (mayBeNoun && (DETERMINERS.has(previous) || PREPOSITIONS.has(previous)))) return false;
  return !(isInfinitive(key) && hasAuxiliaryBefore(words, index));
}

/** A modal or auxiliary earlier in the same clause (a coordinator may start a new one: "… en zei …"). */
function hasAuxiliaryBefore(words: readonly SentenceWord[], index: number): boolean {
  for (let i = index - 1; i >= 0 && !isClauseBoundary(words, i) && !COORDINATORS.has(words[i]!.key); i--) {
    if (FINITE_AUXILIARIES.has(words[i]!.key)) return true;
  }
  return false;
}

/**
 * A participle keeps its particle ("opgeroepen"), so a particle later in the clause is not its own: "gevangen" of
 * vangen, "gelekt" of lekken, "gegeven" of geven, "gespannen" of spannen; but "geeft" and "gelooft" are finite.
 */
function isParticipleOf(form: string, infinitive: string): boolean {
  return form.startsWith("ge") && (!infinitive.startsWith("ge") || form === "ge" + infinitive);
}
