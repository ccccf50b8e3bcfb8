/**
 * Builds lib/dictionary/data/grammar-nl.tsv (format: lib/grammar/grammar-line.ts) from Debian packages:
 * - `apertium-afr-nld` (GPL-2+; its Dutch monolingual dictionary, apertium-nld): part of speech, noun gender and
 *   plural, verb past tense and participle. The package ships only compiled transducers, so both Dutch ones — the
 *   generator `afr-nld.autogen.bin` and the analyser `nld-afr.automorf.bin` — are printed with `lt-print` (package
 *   `lttoolbox-dev`) and every path is read: "lopen<vblex><past><p3><sg>" ⇄ "liep".
 * - `dict-freedict-nld-eng` (GPL-2+): the IPA on each entry's first line ("vrouw /vrɑuw/"), with two artefacts of
 *   its old conversion repaired: "ɤ°" is ɣ, and "˘" (a non-syllabic mark on "ɛi˘") is dropped. Headwords spelled
 *   with the ligature ĳ (about 1,500) have a wrong IPA and get none.
 * - The auxiliary of the perfect: no package has it, so AUXILIARY_LIST below is a hand-made list (see there).
 *
 * Where a source offers variants (plural "kinderen"/"kinders", "examens"/"examina") the most frequent form in
 * frequency-nl.tsv wins, then the generator's form, then the alphabetical first: deterministic, and it prefers
 * today's usage over the archaic forms apertium still generates. Needs lib/dictionary/data/frequency-nl.tsv.
 *
 * Run (after apt-get install apertium-afr-nld lttoolbox-dev dict-freedict-nld-eng): npx tsx scripts/convert-grammar.ts
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { lookupKey, normalizeWord } from "@/lib/dictionary/normalize-word";
import {
  formatGrammarLine,
  type Article,
  type Auxiliary,
  type PartOfSpeech,
  type WordGrammar,
} from "@/lib/grammar/grammar-line";
import { GRAMMAR_FILE_NAME } from "@/lib/grammar/word-grammar";
import { SEPARABLE_PARTICLES } from "@/lib/language/inflection-rules";

const root = path.resolve(import.meta.dirname, "..");
const apertiumDir = "/usr/share/apertium/apertium-afr-nld";
const generatorFile = path.join(apertiumDir, "afr-nld.autogen.bin");
const analyserFile = path.join(apertiumDir, "nld-afr.automorf.bin");
const freedictIndex = "/usr/share/dictd/freedict-nld-eng.index";
const freedictDict = "/usr/share/dictd/freedict-nld-eng.dict.dz";
const frequencyFile = path.join(root, "lib/dictionary/data/frequency-nl.tsv");
const target = path.join(root, "lib/dictionary/data", GRAMMAR_FILE_NAME);

/** apertium's first tag → part of speech; other tags (names, punctuation, sentence marks) are left out. */
const PART_OF_SPEECH: Readonly<Record<string, PartOfSpeech>> = {
  n: "noun",
  vblex: "verb",
  vbser: "verb",
  vbhaver: "verb",
  vbmod: "verb",
  vaux: "verb",
  adj: "adjective",
  adv: "adverb",
  preadv: "adverb",
  cnjadv: "adverb",
  prn: "pronoun",
  rel: "pronoun",
  det: "determiner",
  pr: "preposition",
  cnjcoo: "conjunction",
  cnjsub: "conjunction",
  num: "numeral",
  ij: "interjection",
  np: "name",
};

/**
 * Order of a lemma's readings, the likeliest first without a corpus tagged by part of speech: a function-word reading
 * is nearly always the one meant ("haar" her, not hair; "wel", not a well), a verb's infinitive more often the verb
 * than the noun ("leven"), and an adjective more often than its noun ("goed").
 */
const READING_ORDER: readonly PartOfSpeech[] = [
  "pronoun",
  "determiner",
  "preposition",
  "conjunction",
  "numeral",
  "verb",
  "adjective",
  "adverb",
  "noun",
  "interjection",
  "name",
];

const FUNCTION_WORD_CLASSES = new Set<PartOfSpeech | undefined>([
  "pronoun",
  "determiner",
  "preposition",
  "conjunction",
  "numeral",
]);

/** Paths that are not plain word forms: compound pieces, genitives, clitics, and a workaround path of the package. */
const SKIPPED_TAGS = new Set(["cmp", "cmp-split", "compound-R", "compound-only-L", "gen"]);

/**
 * The perfect's auxiliary, written by hand for this project: no Debian or npm package records it. Verbs of a change
 * of place or state take "zijn"; `*` marks verbs taking either ("heeft gelopen", "is naar huis gelopen"), `-` a verb
 * that takes "hebben" although its base is listed ("aanvallen", "nagaan"). A separable verb inherits from its base
 * ("aankomen" as "komen", "doorlopen" as "lopen"); an inseparable one does not ("bestaan", "overvallen": hebben).
 * Every other verb with a participle takes "hebben", the rule of the language. Checked against every verb among the
 * 5,000 most frequent lemmas (npm run eval:grammar -- --list verb) and the usual textbook lists.
 */
const AUXILIARY_LIST = `
zijn worden blijven gaan komen beginnen gebeuren geschieden vallen sterven overlijden verschijnen verdwijnen
ontstaan vergaan ontgaan ontkomen ontsnappen ontwaken ontsporen ontploffen exploderen opstaan opduiken instorten
toenemen groeien krimpen stijgen dalen zinken slinken zwellen rijzen vertrekken arriveren emigreren immigreren
verhuizen* vluchten verdwalen verongelukken verhongeren verdrinken* sneuvelen stikken bezwijken struikelen
uitglijden crashen slagen zakken mislukken lukken bevallen afstuderen vervallen verlopen wennen terugkeren
verouderen verbleken verrotten barsten knappen* wijken uitsterven stranden opdagen overkomen
lopen* rennen* rijden* fietsen* wandelen* zwemmen* vliegen* varen* zeilen* roeien* reizen* kruipen* springen*
klimmen* duiken* hollen* marcheren* landen* starten* stoppen* eindigen* keren* trouwen* scheiden* breken* scheuren*
smelten* bevriezen* ontdooien* genezen* herstellen* veranderen* verbeteren* verslechteren* verminderen* afnemen*
vergeten* raken* debuteren* promoveren* fuseren* kalmeren* stappen* botsen* schaatsen* ophouden* opschieten*
terugtrekken* intrekken* verschuiven* treden* stromen* rollen* drijven* storten* verbranden* draaien*
aftreden aantreden ontspringen weglopen instappen uitstappen
aanvallen- nagaan- tegengaan- nakomen- inbreken- aanraken-
`;

/** Lemma → auxiliary from AUXILIARY_LIST; "-" entries say "hebben" outright. */
const LISTED_AUXILIARY = new Map<string, Auxiliary>(
  AUXILIARY_LIST.trim()
    .split(/\s+/)
    .map((entry): [string, Auxiliary] => {
      if (entry.endsWith("*")) return [entry.slice(0, -1), "hebben/zijn"];
      if (entry.endsWith("-")) return [entry.slice(0, -1), "hebben"];
      return [entry, "zijn"];
    }),
);

/** The auxiliary of a verb with a participle: listed, inherited by a separable verb from its base, else hebben. */
function auxiliaryOf(lemma: string, separable: boolean): Auxiliary {
  const listed = LISTED_AUXILIARY.get(lemma);
  if (listed !== undefined) return listed;
  if (separable) {
    for (const particle of SEPARABLE_PARTICLES) {
      const base = lemma.startsWith(particle) ? LISTED_AUXILIARY.get(lemma.slice(particle.length)) : undefined;
      if (base !== undefined) return base;
    }
  }
  return "hebben";
}

interface Arc {
  to: number;
  input: string;
  output: string;
}

interface Transducer {
  arcs: Map<number, Arc[]>;
  finals: Set<number>;
}

/** `lt-print` gives each section of a compiled dictionary in AT&T text format, sections separated by "--". */
function printTransducers(file: string): Transducer[] {
  const text = execFileSync("lt-print", [file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const sections: Transducer[] = [];
  let current: Transducer = { arcs: new Map(), finals: new Set() };
  for (const line of text.split("\n")) {
    if (line.startsWith("--")) {
      sections.push(current);
      current = { arcs: new Map(), finals: new Set() };
      continue;
    }
    const fields = line.split("\t");
    if (fields.length >= 4) {
      const [from, to, input = "", output = ""] = fields;
      const arc = { to: Number(to), input: input === "ε" ? "" : input, output: output === "ε" ? "" : output };
      const list = current.arcs.get(Number(from));
      if (list === undefined) current.arcs.set(Number(from), [arc]);
      else list.push(arc);
    } else if (fields[0] !== "") {
      current.finals.add(Number(fields[0]));
    }
  }
  sections.push(current);
  return sections;
}

/** Every path without a cycle as [input, output]; cycles only repeat digits and punctuation, never a word. */
function expandPaths(transducer: Transducer): [string, string][] {
  const paths: [string, string][] = [];
  const onPath = new Set<number>([0]);
  const inputs: string[] = [];
  const outputs: string[] = [];
  const visit = (state: number): void => {
    if (transducer.finals.has(state)) paths.push([inputs.join(""), outputs.join("")]);
    for (const arc of transducer.arcs.get(state) ?? []) {
      if (onPath.has(arc.to)) continue;
      onPath.add(arc.to);
      inputs.push(arc.input);
      outputs.push(arc.output);
      visit(arc.to);
      inputs.pop();
      outputs.pop();
      onPath.delete(arc.to);
    }
  };
  visit(0);
  return paths;
}

interface Analysis {
  lemma: string;
  tags: string[];
}

/** "lopen<vblex><past><p3><sg>" → { lemma: "lopen", tags: ["vblex", "past", "p3", "sg"] } */
function parseAnalysis(analysis: string): Analysis | undefined {
  const match = /^([^<>+#]+)((?:<[^<>]+>)+)$/.exec(analysis);
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  const tags = [...match[2].matchAll(/<([^<>]+)>/g)].map((tag) => tag[1] ?? "");
  return { lemma: normalizeWord(match[1]), tags };
}

/** A slot's candidate forms, each remembering whether the generator (apertium's preferred output) produced it. */
type Forms = Map<string, boolean>;

interface Collected {
  lemma: string;
  /** apertium's spelling: "Schot" (a Scot, Schotten) is another noun than "schot" (a shot, schoten). */
  spelled: string;
  partOfSpeech: PartOfSpeech;
  articles: Set<Article>;
  plural: Forms;
  pastSingular: Forms;
  pastPlural: Forms;
  participle: Forms;
  separable: boolean;
  /** apertium's auxiliary-verb entries (zullen, willen, worden) are less careful: "worden" as the past of worden. */
  auxiliaryEntry: boolean;
}

/** normalizeWord, and the modifier-letter apostrophe of some apertium paths ("autoʼs") as a plain one. */
function normalizeForm(form: string): string {
  return normalizeWord(form).replace(/ʼ/g, "'");
}

function addForm(forms: Forms, form: string, fromGenerator: boolean): void {
  forms.set(form, (forms.get(form) ?? false) || fromGenerator);
}

function collect(readings: Map<string, Collected>, analysis: Analysis, form: string, fromGenerator: boolean): void {
  const [first = "", ...rest] = analysis.tags;
  const tagged = PART_OF_SPEECH[first];
  if (tagged === undefined || rest.some((tag) => SKIPPED_TAGS.has(tag))) return;
  if (/[\s+#]|NON_ANALYSIS/.test(form) && !rest.includes("fm")) return;
  // apertium files ordinals under determiners ("vierde") and personal pronouns under one lemma, "prpers"; a learner
  // looks up "ik" and "hem", so pronouns and determiners are also kept under each form.
  const partOfSpeech = tagged === "determiner" && rest.includes("ord") ? "numeral" : tagged;
  const functionWord = partOfSpeech === "pronoun" || partOfSpeech === "determiner";
  if (functionWord && /^[\p{L}']+$/u.test(form) && lookupKey(form) !== lookupKey(analysis.lemma)) {
    collectReading(readings, { lemma: form, tags: analysis.tags }, partOfSpeech, form, fromGenerator);
  }
  if (analysis.lemma !== "prpers") collectReading(readings, analysis, partOfSpeech, form, fromGenerator);
}

function collectReading(
  readings: Map<string, Collected>,
  analysis: Analysis,
  partOfSpeech: PartOfSpeech,
  form: string,
  fromGenerator: boolean,
): void {
  const rest = analysis.tags.slice(1);
  const lemma = lookupKey(analysis.lemma);
  // "voorkomen" is two verbs: separable (kwam voor, is voorgekomen: occur) and not (voorkwam, heeft voorkomen: prevent).
  const separable = partOfSpeech === "verb" && rest.includes("sep");
  const auxiliaryEntry = analysis.tags[0] === "vaux";
  const key = `${analysis.lemma}\t${partOfSpeech}\t${separable}\t${auxiliaryEntry}`;
  // A few paths carry a comment instead of a form ("vergeten<vblex><pp>" → "Archaic").
  if (/\p{Lu}/u.test(form) && !/\p{Lu}/u.test(analysis.lemma)) return;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = {
      lemma,
      spelled: analysis.lemma,
      partOfSpeech,
      articles: new Set(),
      plural: new Map(),
      pastSingular: new Map(),
      pastPlural: new Map(),
      participle: new Map(),
      separable,
      auxiliaryEntry,
    };
    readings.set(key, reading);
  }
  const has = (tag: string) => rest.includes(tag);
  if (partOfSpeech === "noun") {
    if (has("m") || has("f") || has("mf")) reading.articles.add("de");
    if (has("nt")) reading.articles.add("het");
    if (has("pl")) addForm(reading.plural, normalizeForm(form), fromGenerator);
  }
  if (partOfSpeech === "verb") {
    // A separable verb's past comes twice: "belde op" (main clause, <fm>) and "opbelde" (subclause, <fs>); a
    // learner looks it up as the first.
    if (has("fs")) return;
    const verbForm = normalizeForm(form);
    if (has("past") && has("sg") && has("p3")) addForm(reading.pastSingular, verbForm, fromGenerator);
    if (has("past") && has("pl")) addForm(reading.pastPlural, verbForm, fromGenerator);
    if (has("pp")) addForm(reading.participle, verbForm, fromGenerator);
  }
}

/** The most frequent variant; the generator's among equals, then the alphabetical first. */
function bestForm(forms: Forms, ranks: ReadonlyMap<string, number>): string | undefined {
  const rankOf = (form: string) => ranks.get(lookupKey(form.split(" ")[0] ?? form)) ?? Infinity;
  return [...forms.keys()].sort((a, b) => {
    if (rankOf(a) !== rankOf(b)) return rankOf(a) < rankOf(b) ? -1 : 1;
    if (forms.get(a) !== forms.get(b)) return forms.get(a) === true ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  })[0];
}

function readRanks(): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const line of readFileSync(frequencyFile, "utf8").split("\n")) {
    const [word, rank] = line.split("\t");
    if (word && rank) ranks.set(word, Number(rank));
  }
  return ranks;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeBase64Number(text: string): number {
  let value = 0;
  for (const char of text) value = value * 64 + BASE64.indexOf(char);
  return value;
}

/** Lemma → IPA from each FreeDict entry's first line, "vrouw /vrɑuw/"; one-word headwords only. */
function readPronunciations(): Map<string, string> {
  const dict = gunzipSync(readFileSync(freedictDict));
  const found = new Map<string, { headword: string; ipa: string }>();
  for (const line of readFileSync(freedictIndex, "utf8").split("\n")) {
    const [key, offset, length] = line.split("\t");
    if (key === undefined || offset === undefined || length === undefined || key.startsWith("00")) continue;
    const start = decodeBase64Number(offset);
    const body = dict.subarray(start, start + decodeBase64Number(length)).toString("utf8");
    const firstLine = body.split("\n")[0] ?? "";
    // The transcriber did not know the ligature ĳ: "bĳna" /bˈinaː/, "tĳd" /tˈɪt/. Such IPA is left out.
    if (/[ĳĲ]/.test(firstLine)) continue;
    const match = /^(\S+) \/([^/]+)\/$/.exec(normalizeWord(firstLine));
    if (match === null || match[1] === undefined || match[2] === undefined) continue;
    const headword = match[1];
    const ipa = match[2].replace(/ɤ°/g, "ɣ").replace(/˘/g, "").trim();
    const lemma = lookupKey(headword);
    const known = found.get(lemma);
    // "Hervorming" and "hervorming" are one key; the lower-case headword is the ordinary word.
    if (known === undefined || (known.headword !== lemma && headword === lemma)) found.set(lemma, { headword, ipa });
  }
  return new Map([...found].map(([lemma, { ipa }]) => [lemma, ipa]));
}

/** How often a reading's own forms occur (plural; past and participle), forms equal to the lemma left out. */
function ownFormRank(grammar: WordGrammar, ranks: ReadonlyMap<string, number>): number {
  const forms = [grammar.plural, grammar.pastSingular, grammar.pastPlural, grammar.participle];
  const own = forms.filter(
    (form): form is string => form !== undefined && form !== grammar.lemma && !form.includes(" "),
  );
  return Math.min(...own.map((form) => ranks.get(lookupKey(form)) ?? Infinity));
}

/**
 * A lemma's readings in READING_ORDER, with two exceptions. Of a noun and a verb (or two verbs), the one whose own
 * forms are more frequent comes first: "jongen" is a boy (jongens) before it is to bear young (jongde). And a noun
 * whose plural is more frequent than the word itself comes before a function-word reading: "mens" (mensen) is a
 * person before it is apertium's indefinite pronoun. (Not before an adjective: "jongen" would make "jong" a noun.)
 */
function orderReadings(readings: WordGrammar[], ranks: ReadonlyMap<string, number>): WordGrammar[] {
  const hasVerb = readings.some((grammar) => grammar.partOfSpeech === "verb");
  const hasFunctionWord = readings.some((grammar) => FUNCTION_WORD_CLASSES.has(grammar.partOfSpeech));
  const rankOf = (word: string | undefined) => (word === undefined ? Infinity : (ranks.get(word) ?? Infinity));
  const slot = (grammar: WordGrammar) => {
    if (grammar.partOfSpeech === undefined) return READING_ORDER.length;
    if (grammar.partOfSpeech === "noun" && hasFunctionWord && rankOf(grammar.plural) < rankOf(grammar.lemma)) return -1;
    return READING_ORDER.indexOf(grammar.partOfSpeech === "noun" && hasVerb ? "verb" : grammar.partOfSpeech);
  };
  return [...readings].sort((a, b) => {
    const bySlot = slot(a) - slot(b);
    if (bySlot !== 0) return bySlot;
    const [rankA, rankB] = [ownFormRank(a, ranks), ownFormRank(b, ranks)];
    if (rankA !== rankB) return rankA - rankB;
    // Equally rare: the verb, and the separable verb, first (the order readings were collected in).
    return (a.partOfSpeech === "verb" ? 0 : 1) - (b.partOfSpeech === "verb" ? 0 : 1);
  });
}

function main(): void {
  const ranks = readRanks();
  const readings = new Map<string, Collected>();
  for (const transducer of printTransducers(generatorFile)) {
    for (const [analysis, form] of expandPaths(transducer)) {
      const parsed = parseAnalysis(analysis);
      if (parsed !== undefined) collect(readings, parsed, form, true);
    }
  }
  for (const transducer of printTransducers(analyserFile)) {
    for (const [form, analysis] of expandPaths(transducer)) {
      const parsed = parseAnalysis(analysis);
      if (parsed !== undefined) collect(readings, parsed, form, false);
    }
  }
  const pronunciations = readPronunciations();

  // apertium gives the inseparable "voorkomen" (prevent) the separable one's participle, "voorgekomen"; left out.
  const separableParticiples = new Set(
    [...readings.values()]
      .filter((reading) => reading.separable)
      .map((reading) => `${reading.lemma} ${bestForm(reading.participle, ranks)}`),
  );
  const mainVerbs = new Set(
    [...readings.values()]
      .filter((reading) => reading.partOfSpeech === "verb" && !reading.auxiliaryEntry)
      .map((reading) => reading.lemma),
  );
  // A learner who clicks "schoten" means the shots; the capitalised homograph is left out.
  const lowerCaseReadings = new Set(
    [...readings.values()]
      .filter((reading) => reading.spelled === reading.lemma)
      .map((reading) => `${reading.lemma}\t${reading.partOfSpeech}`),
  );
  const byLemma = new Map<string, WordGrammar[]>();
  for (const reading of readings.values()) {
    if (reading.auxiliaryEntry && mainVerbs.has(reading.lemma)) continue;
    if (reading.spelled !== reading.lemma && lowerCaseReadings.has(`${reading.lemma}\t${reading.partOfSpeech}`))
      continue;
    const grammar: WordGrammar = {
      lemma: reading.lemma,
      partOfSpeech: reading.partOfSpeech,
      article: reading.articles.size === 2 ? "de/het" : [...reading.articles][0],
      plural: bestForm(reading.plural, ranks),
      pastSingular: bestForm(reading.pastSingular, ranks),
      pastPlural: bestForm(reading.pastPlural, ranks),
      participle: bestForm(reading.participle, ranks),
      ipa: pronunciations.get(reading.lemma),
    };
    if (grammar.participle !== undefined) grammar.auxiliary = auxiliaryOf(reading.lemma, reading.separable);
    if (!reading.separable && separableParticiples.has(`${reading.lemma} ${grammar.participle}`)) {
      delete grammar.participle;
    }
    byLemma.set(reading.lemma, [...(byLemma.get(reading.lemma) ?? []), grammar]);
  }
  for (const [lemma, ipa] of pronunciations) if (!byLemma.has(lemma)) byLemma.set(lemma, [{ lemma, ipa }]);

  const lines = [...byLemma.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((lemma) => orderReadings(byLemma.get(lemma) ?? [], ranks).map(formatGrammarLine));
  writeFileSync(target, lines.join("\n") + "\n");
  console.log(`${lines.length} readings of ${byLemma.size} lemmas → ${path.relative(root, target)}`);
}

main();
