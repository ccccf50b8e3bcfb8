/**
 * Converts the FreeDict Dutch–English dictionary (Debian package dict-freedict-nld-eng, GPL-2+) into the compact
 * lib/dictionary/data/freedict-nld-eng.tsv read by lib/dictionary/freedict-tsv.ts.
 *
 * Clean-up on the way:
 * - the ligature ĳ becomes "ij" and U+2010 hyphens become "-" (headwords and glosses);
 * - headwords keep their real case from the entry body ("Hervorming" the Reformation, "hervorming" reform);
 *   the dictd index only has lower-cased keys;
 * - glosses that lost their spaces are re-split against the English word list: "pointout" → "point out",
 *   "bymeansof" → "by means of", "theUkraine" → "the Ukraine".
 *
 * - a few glued glosses that happen to be English words are split all the same: "putin order" → "put in order",
 *   "goon" → "go on";
 * - senses are re-ordered, most common first (lib/dictionary/rank-senses.ts), using the reverse dictionary
 *   (Debian package dict-freedict-eng-nld) and English word frequencies (npm @zxcvbn-ts/language-en, from
 *   OpenSubtitles), so the load needs no ranking at all.
 *
 * Needs lib/dictionary/data/english-words.txt (scripts/convert-english-words.ts) first.
 * Run: npx tsx scripts/convert-freedict.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { formatFreedictLine, type DictionaryEntry } from "@/lib/dictionary/freedict-tsv";
import { normalizeWord } from "@/lib/dictionary/normalize-word";
import { rankSenses, senseKey, type SenseEvidence } from "@/lib/dictionary/rank-senses";

const root = path.resolve(import.meta.dirname, "..");
const indexFile = "/usr/share/dictd/freedict-nld-eng.index";
const dictFile = "/usr/share/dictd/freedict-nld-eng.dict.dz";
const reverseIndexFile = "/usr/share/dictd/freedict-eng-nld.index";
const reverseDictFile = "/usr/share/dictd/freedict-eng-nld.dict.dz";
const englishFrequencyFiles = {
  subtitles: path.join(root, "node_modules/@zxcvbn-ts/language-en/src/commonWords.json"),
  wikipedia: path.join(root, "node_modules/@zxcvbn-ts/language-en/src/wikipedia.json"),
};
const englishWordsFile = path.join(root, "lib/dictionary/data/english-words.txt");
const target = path.join(root, "lib/dictionary/data/freedict-nld-eng.tsv");

/**
 * Function words make a split likelier ("goonfoot" is "go on foot", not "goon foot"); they are also the only pieces
 * of one or two letters accepted ("ab" and "ox" are in the word list but rarely glued into a gloss).
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the to of in on at by for with from up out off down over back away about into onto upon as be do go no " +
    "not it its one oneself one's someone something is are or and so than that this what how all"
  ).split(" "),
);

/** Glosses that lost their space but spell an English word (or a name), so the segmentation leaves them alone. */
const GLUED_WORDS: Readonly<Record<string, string>> = {
  putin: "put in",
  putout: "put out",
  getup: "get up",
  goon: "go on",
  pickup: "pick up",
  handover: "hand over",
};

/**
 * English word → frequency rank (1 the most frequent): subtitles know everyday words best, Wikipedia those of news
 * and public life ("government"); the package leaves a word out of the second list when it is in the first, so a
 * word's rank is the one list that has it.
 */
const englishRanks = new Map<string, number>();
for (const file of Object.values(englishFrequencyFiles)) {
  (JSON.parse(readFileSync(file, "utf8")) as string[]).forEach((word, index) => {
    if (index + 1 < (englishRanks.get(word) ?? Infinity)) englishRanks.set(word, index + 1);
  });
}

/** Pieces of three letters or fewer must be this common in English ("put", "off"), not "plo ugh" for "plough". */
const SHORT_PIECE_MAX_RANK = 1_500;

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeBase64Number(text: string): number {
  let value = 0;
  for (const char of text) value = value * 64 + BASE64.indexOf(char);
  return value;
}

/** Splits "three-toedsloth" into the fewest English words ("three-toed sloth"), or leaves it unchanged. */
function resplitGluedWords(item: string, english: ReadonlySet<string>): string {
  const camelSplit = item.replace(/([a-z])([A-Z])/g, "$1 $2");
  const resplit = camelSplit
    .split(" ")
    .map((word) =>
      word
        .split("-")
        .map((part) => (/^[A-Za-z][a-z']{3,}$/.test(part) ? resplitPart(part, english) : part))
        .join("-"),
    )
    .join(" ");
  return resplit
    .split(" ")
    .map((word) => GLUED_WORDS[word] ?? word)
    .join(" ");
}

function resplitPart(part: string, english: ReadonlySet<string>): string {
  if (isEnglishWord(part, english)) return part;
  const pieces = segment(part, english);
  if (pieces.length < 2) return part;
  // Names are rarely in the word list and split into nonsense ("Costa" → "Cost a"); a capitalised word is split
  // only into two long words, as in "Afghanwoman" or "Dutchlanguage".
  const isName = /^[A-Z]/.test(part);
  if (isName && (pieces.length !== 2 || pieces.some((piece) => piece.length < 4))) return part;
  return pieces.join(" ");
}

function isEnglishWord(word: string, english: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (lower.length <= 2) return FUNCTION_WORDS.has(lower);
  return english.has(lower) || americanSpellings(lower).some((spelling) => english.has(spelling));
}

/** A piece of a split: a function word, a common short word, or a longer English word. */
function isPiece(piece: string, english: ReadonlySet<string>): boolean {
  if (FUNCTION_WORDS.has(piece)) return true;
  if (piece.length <= 3) return (englishRanks.get(piece) ?? Infinity) <= SHORT_PIECE_MAX_RANK;
  return isEnglishWord(piece, english);
}

/** The list is en_US; FreeDict glosses are often British ("honour", "teetotaller"), which must not be split. */
function americanSpellings(word: string): string[] {
  const rules: [RegExp, string][] = [
    [/our/, "or"],
    [/ough$/, "ow"],
    [/is(e|es|ed|ing|ation)$/, "iz$1"],
    [/tre(s?)$/, "ter$1"],
    [/ll(ed|er|ing)$/, "l$1"],
    [/ogue$/, "og"],
    [/ence$/, "ense"],
  ];
  return rules
    .filter(([pattern]) => pattern.test(word))
    .map(([pattern, replacement]) => word.replace(pattern, replacement));
}

/** Short content words are rarely the intended piece ("star tout" for "start out", "off era toast"). */
function pieceCost(piece: string): number {
  if (FUNCTION_WORDS.has(piece)) return 0.4;
  return piece.length <= 3 ? 1.3 : 1;
}

/** Dynamic programming over split points: the cheapest segmentation into known words wins. */
function segment(word: string, english: ReadonlySet<string>): string[] {
  const lower = word.toLowerCase();
  const best: ({ cost: number; cuts: number[] } | undefined)[] = [{ cost: 0, cuts: [] }];
  for (let end = 1; end <= lower.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = lower.slice(start, end);
      if (before === undefined || !isPiece(piece, english)) continue;
      const cost = before.cost + pieceCost(piece);
      const current = best[end];
      if (current === undefined || current.cost > cost) best[end] = { cost, cuts: [...before.cuts, end] };
    }
  }
  const cuts = best[lower.length]?.cuts;
  if (cuts === undefined) return [word];
  let start = 0;
  return cuts.map((end) => {
    const piece = word.slice(start, end);
    start = end;
    return piece;
  });
}

/** "aangeven /aŋɤ°evən/\n1. declare, state\n2. accuse" → { headword: "aangeven", senses: [...] } */
function parseBody(body: string, english: ReadonlySet<string>): DictionaryEntry | undefined {
  const [firstLine, ...senseLines] = normalizeWord(body).split("\n").filter(Boolean);
  if (firstLine === undefined) return undefined;
  const headword = firstLine.replace(/\s*\/[^/]*\/\s*$/, "").trim();
  const senses = senseLines
    .map((line) =>
      line
        .replace(/^\d+\.\s*/, "")
        .split(", ")
        .map((item) => resplitGluedWords(item.trim(), english))
        .filter((item) => item.length > 0),
    )
    .map((items) => [...new Set(items)].join(", "))
    .filter((sense) => sense.length > 0);
  return senses.length > 0 ? { headword, senses } : undefined;
}

/** The entry bodies of a dictd dictionary, without its metadata entries ("00databaseinfo", "00databaseurl"…). */
function readDictdBodies(index: string, dictzip: string): string[] {
  const dict = gunzipSync(readFileSync(dictzip));
  const bodies: string[] = [];
  for (const line of readFileSync(index, "utf8").split("\n")) {
    const [key, offset, length] = line.split("\t");
    if (key === undefined || offset === undefined || length === undefined || key.startsWith("00")) continue;
    const start = decodeBase64Number(offset);
    bodies.push(dict.subarray(start, start + decodeBase64Number(length)).toString("utf8"));
  }
  return bodies;
}

/** English headword (lower case) → its senses, each a list of Dutch translations: "see" → [[aantreffen, …], [zien]]. */
function readReverseDictionary(): Map<string, string[][]> {
  const reverse = new Map<string, string[][]>();
  for (const body of readDictdBodies(reverseIndexFile, reverseDictFile)) {
    const [firstLine, ...senseLines] = normalizeWord(body).split("\n").filter(Boolean);
    if (firstLine === undefined) continue;
    const headword = firstLine
      .replace(/\s*\/[^/]*\/\s*$/, "")
      .trim()
      .toLowerCase();
    const senses = senseLines.map((line) =>
      line
        .replace(/^\d+\.\s*/, "")
        .split(", ")
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    );
    reverse.set(headword, [...(reverse.get(headword) ?? []), ...senses]);
  }
  return reverse;
}

function main(): void {
  const english = new Set(readFileSync(englishWordsFile, "utf8").split("\n"));
  const reverse = readReverseDictionary();
  const byHeadword = new Map<string, string[]>();
  let glosses = 0;
  for (const body of readDictdBodies(indexFile, dictFile)) {
    const entry = parseBody(body, english);
    if (entry === undefined) continue;
    const senses = byHeadword.get(entry.headword) ?? [];
    for (const sense of entry.senses) if (!senses.includes(sense)) senses.push(sense);
    byHeadword.set(entry.headword, senses);
  }
  const sharedSenses = new Map<string, number>();
  for (const senses of byHeadword.values()) {
    for (const key of new Set(senses.map(senseKey))) sharedSenses.set(key, (sharedSenses.get(key) ?? 0) + 1);
  }
  const evidence: SenseEvidence = {
    englishRank: (word) => englishRanks.get(word),
    reverseSenses: (gloss) => reverse.get(gloss) ?? [],
    headwordsWithSense: (sense) => sharedSenses.get(senseKey(sense)) ?? 1,
  };
  const lines = [...byHeadword]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([headword, senses]) => {
      glosses += senses.length;
      return formatFreedictLine({ headword, senses: rankSenses(headword, senses, evidence) });
    });
  writeFileSync(target, lines.join("\n") + "\n");
  console.log(`freedict-nld-eng.tsv: ${lines.length} headwords, ${glosses} senses`);
}

main();
