/**
 * Lemma candidates for a Dutch word form, likeliest first, each one known to the dictionary (FreeDict headword or
 * OpenTaal word): rule candidates are validated, so they cannot invent words ("had" → "haan").
 *
 * Order: irregular forms (gaf → geven, steden → stad, besloot → be+sloot → besluiten); then the first glossed
 * noun/adjective candidate and the first glossed verb candidate, the verb first after a verb ending ("gebruikte":
 * gebruiken, gebruikt); failing those, the word itself and every rule candidate the Dutch word list knows (lemmas
 * without glosses, for compound splitting and cognate guesses). A form that is itself a FreeDict headword comes
 * first ("staat": staat, staan; "lopen": lopen, loop), unless OpenTaal knows it as an inflected form ("mensen":
 * mens, mensen), its verb reading dominates ("was": zijn, was) or it is an adjective in -se ("Amerikaanse").
 *
 * lemmatize("bespraken", d) → [{ lemma: "bespreken", origin: "irregular" }]
 * lemmatize("hervormingen", d) → [{ lemma: "hervorming", origin: "rule" }]
 * lemmatize("staat", d) → [{ lemma: "staat", origin: "surface" }, { lemma: "staan", origin: "irregular" }]
 */
import type { Dictionary } from "@/lib/dictionary/dictionary";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import {
  INSEPARABLE_PREFIXES,
  inflectionCandidates,
  infinitivesFromStem,
  SEPARABLE_PARTICLES,
} from "./inflection-rules";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from "./function-words";
import { irregularLemmas } from "./irregular-forms";
import { strongVerbForms } from "./strong-verbs";

export type LemmaOrigin = "irregular" | "surface" | "rule";

export interface LemmaCandidate {
  /** Lower-case lemma, the dictionary's look-up key: "geven", "hervorming", "rusland". */
  lemma: string;
  origin: LemmaOrigin;
  /** True when the lemma is a verb reached by conjugation ("gaf" → geven, "gebruikte" → gebruiken). */
  isVerbReading: boolean;
}

/**
 * Forms that are also FreeDict headwords but are far more often the verb: "was" (zijn, not wax), "bleek" (blijken,
 * not pale), "zat" (zitten, not fed up).
 */
const VERB_READING_FIRST = new Set(
  "was waren had ben bent is zat leek leken bleek bleken lag zag gaf ging kwam liet kon zou wist nam stond vond".split(
    " ",
  ),
);

const PREFIXES = [...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES];

/** Infinitives from the strong-verb table, also behind a prefix: "aangegeven" → "aangeven", "besloot" → "besluiten". */
function strongVerbLemmas(form: string, dictionary: Dictionary): string[] {
  const forms = strongVerbForms();
  const lemmas = [...(forms.get(form) ?? [])];
  for (const prefix of PREFIXES) {
    if (!form.startsWith(prefix) || form.length < prefix.length + 2) continue;
    const rest = form.slice(prefix.length);
    // Inseparable prefixes replace the participle's "ge": be-sproken ← ge-sproken.
    const infinitives = forms.get(rest) ?? (INSEPARABLE_PREFIXES.includes(prefix) ? forms.get("ge" + rest) : undefined);
    for (const infinitive of infinitives ?? []) {
      const lemma = prefix + infinitive;
      if (dictionary.isDutchWord(lemma)) lemmas.push(lemma);
    }
  }
  return lemmas;
}

/**
 * "Amerikaanse" is a FreeDict headword (American woman) but nearly always the inflected adjective "Amerikaans";
 * the same holds for adjectives in -se and -sche generally ("Russische", "Oekraïense").
 */
function nationalityAdjective(form: string, dictionary: Dictionary): string | undefined {
  if (!/(se|sche)$/.test(form)) return undefined;
  const adjective = form.slice(0, -1);
  return dictionary.hasEntry(adjective) ? adjective : undefined;
}

/**
 * Past singular, participle and present forms are usually verbs ("gebruikte", "beschuldigd"); plurals in -ten and
 * -den usually nouns ("maanden"); a short vowel before -tte/-dde usually an adjective ("Witte Huis", not witten).
 */
function hasVerbEnding(form: string): boolean {
  return /(?:t|d|te|de)$/.test(form) && !/(?:^|[^aeiou])[aeiou](?:tt|dd)e$/.test(form);
}

/** The first glossed candidate of each kind, in the order the form's ending suggests. */
function glossedRuleCandidates(form: string, dictionary: Dictionary): { lemma: string; isVerb: boolean }[] {
  const { nominal, verbal } = inflectionCandidates(form);
  // The bare stem of the first person ("ik huil" → "huilen") when the form has no entry of its own.
  if (!dictionary.hasEntry(form)) verbal.push(...infinitivesFromStem(form));
  const noun = nominal.find((candidate) => dictionary.hasEntry(candidate));
  const verb = verbal.find((candidate) => dictionary.hasEntry(candidate));
  const found = [
    ...(noun === undefined ? [] : [{ lemma: noun, isVerb: false }]),
    ...(verb === undefined ? [] : [{ lemma: verb, isVerb: true }]),
  ];
  return hasVerbEnding(form) ? found.reverse() : found;
}

/** Closed-class words are never inflected forms of something else. */
function isFunctionWord(word: string): boolean {
  return DETERMINERS.has(word) || SUBJECT_PRONOUNS.has(word) || PREPOSITIONS.has(word) || SUBORDINATORS.has(word);
}

export function lemmatize(word: string, dictionary: Dictionary): LemmaCandidate[] {
  // Acute accents only mark stress ("vóór", "één"), so the word is looked up without them, unless it is a
  // headword as written ("oké", which is not "oke").
  const key = lookupKey(word);
  const form = dictionary.hasEntry(key) ? key : key.replace(/[áéíóú]/g, (vowel) => vowel.normalize("NFD")[0]!);
  const candidates: LemmaCandidate[] = [];
  const add = (lemma: string, origin: LemmaOrigin, isVerbReading = false) => {
    if (!candidates.some((candidate) => candidate.lemma === lemma)) candidates.push({ lemma, origin, isVerbReading });
  };
  const addRules = () => {
    for (const { lemma, isVerb } of glossedRuleCandidates(form, dictionary)) add(lemma, "rule", isVerb);
  };
  const verbLemmas = strongVerbLemmas(form, dictionary);
  const surfaceHasGlosses = dictionary.hasEntry(form);
  const irregularFirst = !surfaceHasGlosses || VERB_READING_FIRST.has(form);

  if (irregularFirst) for (const lemma of verbLemmas) add(lemma, "irregular", true);
  for (const lemma of irregularLemmas(form)) add(lemma, "irregular");
  if (surfaceHasGlosses) {
    // Irregular forms need no rules, which would only find accidental words ("beter": goed, not beet).
    const rulesApply = candidates.length === 0 && verbLemmas.length === 0;
    const adjective = nationalityAdjective(form, dictionary);
    if (adjective !== undefined) add(adjective, "rule");
    // FreeDict has some inflected forms as headwords ("mensen"); OpenTaal derives those from their lemma, so when it
    // does not list the form, the lemma comes first. Never for a closed-class word ("langs" is not a form of lang)
    // or a form the supplement glosses as itself ("hele": whole).
    if (
      rulesApply &&
      !dictionary.isWordListLemma(form) &&
      !isFunctionWord(form) &&
      !dictionary.hasSupplementEntry(form)
    )
      addRules();
    add(form, "surface");
    for (const lemma of verbLemmas) add(lemma, "irregular", true);
    // Short glossed forms are function words; rules would only add noise ("het" → "heen").
    if (rulesApply && form.length >= 5) addRules();
    return candidates;
  }
  if (candidates.length > 0) return candidates;

  addRules();
  if (candidates.length > 0) return candidates;
  // No glossed lemma: every lemma the Dutch word list knows, for compound splitting and cognate guesses.
  if (dictionary.isDutchWord(form)) add(form, "surface");
  const { nominal, verbal } = inflectionCandidates(form);
  for (const lemma of [...nominal, ...verbal]) if (dictionary.isDutchWord(lemma)) add(lemma, "rule");
  return candidates;
}
