/**
 * The base forms an English word in running text may stand for, so that it can be compared with dictionary
 * glosses, which are written as base forms: "women" → woman, "went" → go, "climbed" → climb, "studies" → study,
 * "Indonesia's" → indonesia. Rules over-generate freely ("used" → use, us): a candidate only matters when a gloss
 * names it. English function words are never a counterpart of their own: alignment leaves them unmarked.
 *
 * englishBaseForms("women") → ["women", "woman"] · englishBaseForms("stopped") → ["stopped", "stopp", "stop", "stoppe"]
 * isEnglishFunctionWord("the") → true
 */

/** Irregular forms → base form: plurals and the past tenses and participles of frequent verbs. */
const IRREGULAR = new Map(
  `
  men man · women woman · children child · people person · feet foot · teeth tooth · mice mouse · geese goose
  lives life · wives wife · knives knife · leaves leaf · wolves wolf · halves half · thieves thief · shelves shelf
  crises crisis · analyses analysis · criteria criterion · phenomena phenomenon · media medium · data datum
  went go · gone go · was be · were be · been be · had have · did do · done do · said say · made make · took take
  taken take · came come · saw see · seen see · knew know · known know · thought think · got get · gotten get
  gave give · given give · found find · told tell · became become · left leave · felt feel · brought bring
  began begin · begun begin · kept keep · held hold · wrote write · written write · stood stand · heard hear
  meant mean · met meet · ran run · paid pay · sat sit · spoke speak · spoken speak · lay lie · lain lie · led lead
  grew grow · grown grow · lost lose · fell fall · fallen fall · sent send · built build · understood understand
  drew draw · drawn draw · broke break · broken break · spent spend · rose rise · risen rise · drove drive
  driven drive · bought buy · wore wear · worn wear · chose choose · chosen choose · sought seek · threw throw
  thrown throw · caught catch · dealt deal · won win · fought fight · taught teach · sold sell · shot shoot
  hid hide · hidden hide · struck strike · stuck stick · flew fly · flown fly · forgot forget · forgotten forget
  forgave forgive · forgiven forgive · ate eat · eaten eat · drank drink · drunk drink · sang sing · sung sing
  swam swim · slept sleep · woke wake · woken wake · stole steal · stolen steal · froze freeze
  shook shake · shaken shake · hung hang · fed feed · fled flee · bore bear · born bear · beat beat
  beaten beat · bit bite · bitten bite · blew blow · blown blow · dug dig · hit hit · hurt hurt · cut cut
  put put · set set · shut shut · let let · quit quit · spread spread · cost cost · better good
  best good · worse bad · worst bad · further far · farther far · less little · least little · more much
  most much · elder old · eldest old
`
    .split(/[·\n]/)
    .map((pair) => pair.trim().split(/\s+/))
    .filter((pair): pair is [string, string] => pair.length === 2),
);

const FUNCTION_WORDS = new Set(
  `
  a an the this that these those some any each every no not nor and or but if then than so as of to in on at by
  because since while although though unless whether until till once away
  for with from into onto upon over under about after before between through during without within along across
  against among around behind below beneath beside besides beyond down near off out up toward towards via per
  i me my mine you your yours he him his she her hers it its we us our ours they them their theirs one ones
  who whom whose which what whatever whoever where when why how there here
  be am is are was were been being have has had having do does did done will would shall should can could may
  might must ought also too very even yet all both either neither such own same other another much many more
  most few less least several
  s t d ll re ve m
`
    .trim()
    .split(/\s+/),
);

/** True for articles, pronouns, prepositions, conjunctions, auxiliaries and a few adverbs of degree. */
export function isEnglishFunctionWord(lowerCaseWord: string): boolean {
  return FUNCTION_WORDS.has(lowerCaseWord);
}

/** Drops a possessive ending: "Indonesia's" → "Indonesia", "parents'" → "parents". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/** The word itself (lower-cased, without a possessive) and every base form the spelling rules allow. */
export function englishBaseForms(word: string): string[] {
  const form = withoutPossessive(word).toLowerCase();
  const forms = new Set([form]);
  const irregular = IRREGULAR.get(form);
  if (irregular !== undefined) forms.add(irregular);
  const add = (stem: string, ...endings: string[]) => {
    if (stem.length < 2) return;
    for (const ending of endings) forms.add(stem + ending);
  };
  if (form.endsWith("ies")) add(form.slice(0, -3), "y");
  if (form.endsWith("es")) add(form.slice(0, -2), "");
  if (form.endsWith("s") && !form.endsWith("ss")) add(form.slice(0, -1), "");
  if (form.endsWith("ied")) add(form.slice(0, -3), "y");
  else if (form.endsWith("ed")) addVerbStem(form.slice(0, -2), add);
  if (form.endsWith("ing")) addVerbStem(form.slice(0, -3), add);
  if (form.endsWith("ly")) add(form.slice(0, -2), "", "e");
  if (form.endsWith("ily")) add(form.slice(0, -3), "y");
  return [...forms].map(americanSpelling);
}

/** Cheap pre-test: most words contain none of the spellings americanSpelling rewrites. */
const BRITISH_CANDIDATE = /our|is|tre$|ll/;

/**
 * One spelling for British and American variants, applied to glosses and sentence alike: FreeDict writes
 * "neighbouring", news agencies "neighboring". Short words keep theirs ("four" is not "for").
 *
 * americanSpelling("neighbouring") → "neighboring" · ("realise") → "realize" · ("travelled") → "traveled"
 */
export function americanSpelling(word: string): string {
  if (word.length < 6 || !BRITISH_CANDIDATE.test(word)) return word;
  return word
    .replace(/(?<=[a-z]{2})our/g, "or")
    .replace(/(?<=[a-z]{3})is(e|ed|es|ing|ation)$/, "iz$1")
    .replace(/(?<=[a-z]{3})tre$/, "ter")
    .replace(/(?<=[aeiou])ll(ed|ing|er)$/, "l$1");
}

/** "stopp" → stop, "us" → use, "climb" → climb: a doubled final consonant is undone, a dropped "e" restored. */
function addVerbStem(stem: string, add: (stem: string, ...endings: string[]) => void): void {
  add(stem, "", "e");
  const last = stem[stem.length - 1];
  if (last !== undefined && stem.length >= 3 && last === stem[stem.length - 2] && !"aeiou".includes(last)) {
    add(stem.slice(0, -1), "");
  }
}
