/**
 * Measures the Dutch↔English aligner on a bead-annotated file, with the metric of Vecalign and Bertalign (see the
 * alignment note in the shared notes). The evaluation data stays outside the repository; pass its path.
 *
 *   npx tsx scripts/eval-align.ts <file.json> [--paragraphs] [--lexicon=app|dictd|none]
 *
 * Input: a JSON list of documents `{ nl, en, gold }`. `nl` and `en` are lists of sentences, or lists of paragraphs
 * that are lists of sentences (then aligned with those paragraphs, with or without --paragraphs); `gold` lists
 * beads `[[nl indices], [en indices]]`, indices counting sentences across the whole document.
 *
 * Metric: only beads with sentences on both sides count. Strict: a predicted bead is right when it equals a gold
 * bead. Lax: a predicted bead is right when it shares a Dutch and an English sentence with one gold bead (and a
 * gold bead is found when it does so with a predicted bead). Counts are summed over all documents before
 * precision, recall and F1 are computed.
 *
 * --paragraphs with flat sentence lists simulates a translation whose paragraphs correspond: walking the gold
 * beads in order, a paragraph is closed on both sides after k beads, k drawn uniformly from 1–4 by a fixed-seed
 * generator (so every run cuts the same way); while the paragraph is still empty on either side (the beads were
 * all 1-0 or all 0-1), the next bead is added before closing, and unpaired beads left at the end join the last
 * paragraph. Dutch and English thus get the same number of paragraphs, each the translation of the other, of
 * 1–4 beads (more only around unpaired sentences), and the sentences keep their order and indices. The aligner
 * receives the paragraphs and must find both the paragraph pairs and the sentence beads inside them.
 *
 * Lexicons: --lexicon=app (default) is what the app uses, the FreeDict entries of lib/dictionary/data looked up as
 * written and as each lemma that lib/language/lemmatize.ts proposes. --lexicon=dictd reads FreeDict nld-eng
 * directly from /usr/share/dictd (dictd format) and undoes inflections with a crude suffix-stripper; it was the
 * stand-in while the app's dictionary was being built and shows how much the lemmatiser adds. --lexicon=none
 * aligns on lengths, numbers, names and cognates alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { alignParagraphs } from "@/lib/alignment/align-paragraphs";
import { alignSentences } from "@/lib/alignment/align-sentences";
import { dictionaryLexicon, lemmatizingLexicon, NO_LEXICON } from "@/lib/alignment/lexicon";
import type { Bead, Lexicon } from "@/lib/alignment/types";
import { buildDictionary } from "@/lib/dictionary/dictionary-files";
import { lemmatize } from "@/lib/language/lemmatize";

type GoldBead = [number[], number[]];

interface EvaluationDocument {
  nl: string[] | string[][];
  en: string[] | string[][];
  gold: GoldBead[];
}

interface Counts {
  predicted: number;
  gold: number;
  strictHits: number;
  laxPredictedHits: number;
  laxGoldHits: number;
}

const DICTD_FREEDICT = "/usr/share/dictd/freedict-nld-eng";
const PARAGRAPH_SEED = 20240601;

function main(): void {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npx tsx scripts/eval-align.ts <file.json> [--paragraphs] [--lexicon=app|dictd|none]");
    process.exit(2);
  }
  const lexiconName = flags.find((flag) => flag.startsWith("--lexicon="))?.slice("--lexicon=".length) ?? "app";
  const lexicon = loadLexicon(lexiconName);
  const withParagraphs = flags.includes("--paragraphs");
  const documents = JSON.parse(readFileSync(file, "utf8")) as EvaluationDocument[];

  const counts: Counts = { predicted: 0, gold: 0, strictHits: 0, laxPredictedHits: 0, laxGoldHits: 0 };
  const milliseconds: number[] = [];
  const nextRandom = seededRandom(PARAGRAPH_SEED);
  for (const document of documents) {
    const started = performance.now();
    const predicted = align(document, withParagraphs, lexicon, nextRandom);
    milliseconds.push(performance.now() - started);
    addCounts(counts, predicted, document.gold);
  }
  const result = {
    file,
    documents: documents.length,
    paragraphs: documents.some((document) => isParagraphList(document.nl))
      ? "given"
      : withParagraphs
        ? "cut from gold"
        : "none",
    lexicon: lexiconName,
    strict: scores(counts.strictHits, counts.strictHits, counts),
    lax: scores(counts.laxPredictedHits, counts.laxGoldHits, counts),
    beads: { predicted: counts.predicted, gold: counts.gold },
    msPerDocument: { mean: round(mean(milliseconds)), max: round(Math.max(...milliseconds)) },
  };
  console.log(JSON.stringify(result, null, 2));
}

function align(document: EvaluationDocument, withParagraphs: boolean, lexicon: Lexicon, random: () => number): Bead[] {
  if (isParagraphList(document.nl) && isParagraphList(document.en)) {
    return alignParagraphs(document.nl, document.en, { lexicon }).flatMap((bead) => bead.sentences);
  }
  const nl = document.nl.flat();
  const en = document.en.flat();
  if (!withParagraphs) return alignSentences(nl, en, { lexicon });
  const { nlParagraphs, enParagraphs } = paragraphsFromGold(nl, en, document.gold, random);
  return alignParagraphs(nlParagraphs, enParagraphs, { lexicon }).flatMap((bead) => bead.sentences);
}

function isParagraphList(sides: string[] | string[][]): sides is string[][] {
  return sides.length > 0 && Array.isArray(sides[0]);
}

/** Corresponding paragraphs of 1–4 gold beads, never empty on either side (see the header comment). */
function paragraphsFromGold(nl: string[], en: string[], gold: GoldBead[], random: () => number) {
  const nlParagraphs: string[][] = [];
  const enParagraphs: string[][] = [];
  let nlParagraph: string[] = [];
  let enParagraph: string[] = [];
  let beadsLeft = 1 + Math.floor(random() * 4);
  for (const [nlIndices, enIndices] of gold) {
    nlParagraph.push(...nlIndices.map((index) => nl[index]!));
    enParagraph.push(...enIndices.map((index) => en[index]!));
    beadsLeft--;
    if (beadsLeft <= 0 && nlParagraph.length > 0 && enParagraph.length > 0) {
      nlParagraphs.push(nlParagraph);
      enParagraphs.push(enParagraph);
      nlParagraph = [];
      enParagraph = [];
      beadsLeft = 1 + Math.floor(random() * 4);
    }
  }
  if (nlParagraph.length > 0 || enParagraph.length > 0) {
    // Trailing 1-0 or 0-1 beads join the last paragraph rather than forming a paragraph with no translation.
    if (nlParagraphs.length === 0 || (nlParagraph.length > 0 && enParagraph.length > 0)) {
      nlParagraphs.push(nlParagraph);
      enParagraphs.push(enParagraph);
    } else {
      nlParagraphs.at(-1)!.push(...nlParagraph);
      enParagraphs.at(-1)!.push(...enParagraph);
    }
  }
  return { nlParagraphs, enParagraphs };
}

function addCounts(counts: Counts, predicted: readonly Bead[], gold: readonly GoldBead[]): void {
  const predictedPairs = predicted.filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const goldPairs = gold
    .map(([source, target]) => ({ source, target }))
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0);
  const goldKeys = new Set(goldPairs.map(beadKey));
  counts.predicted += predictedPairs.length;
  counts.gold += goldPairs.length;
  counts.strictHits += predictedPairs.filter((bead) => goldKeys.has(beadKey(bead))).length;
  counts.laxPredictedHits += predictedPairs.filter((bead) => goldPairs.some((other) => overlaps(bead, other))).length;
  counts.laxGoldHits += goldPairs.filter((bead) => predictedPairs.some((other) => overlaps(bead, other))).length;
}

function beadKey(bead: Bead): string {
  return `${bead.source.join(",")}-${bead.target.join(",")}`;
}

function overlaps(a: Bead, b: Bead): boolean {
  return a.source.some((index) => b.source.includes(index)) && a.target.some((index) => b.target.includes(index));
}

function scores(predictedHits: number, goldHits: number, counts: Counts) {
  const precision = counts.predicted > 0 ? predictedHits / counts.predicted : 0;
  const recall = counts.gold > 0 ? goldHits / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** A small deterministic generator (mulberry32), so that --paragraphs cuts the same paragraphs on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadLexicon(name: string): Lexicon {
  if (name === "none") return NO_LEXICON;
  if (name === "dictd") return dictdLexicon();
  if (name === "app") return appLexicon();
  throw new Error(`unknown lexicon "${name}": use app, dictd or none`);
}

function appLexicon(): Lexicon {
  const dataDirectory = path.join(process.cwd(), "lib/dictionary/data");
  const dictionary = buildDictionary((fileName) => readFileSync(path.join(dataDirectory, fileName), "utf8"));
  return lemmatizingLexicon(dictionaryLexicon(dictionary), (word) =>
    lemmatize(word, dictionary).map((candidate) => candidate.lemma),
  );
}

/** FreeDict nld-eng in dictd format: an index of `headword \t base64 offset \t base64 length` into the gzipped body. */
function dictdLexicon(): Lexicon {
  const body = gunzipSync(readFileSync(`${DICTD_FREEDICT}.dict.dz`));
  const glossesByHeadword = new Map<string, string[]>();
  for (const line of readFileSync(`${DICTD_FREEDICT}.index`, "utf8").split("\n")) {
    const [headword, offset, length] = line.split("\t");
    if (!headword || !offset || !length || headword.startsWith("00database")) continue;
    const start = decodeDictdNumber(offset);
    const entry = body.subarray(start, start + decodeDictdNumber(length)).toString("utf8");
    const key = normaliseDutch(headword);
    glossesByHeadword.set(key, [...(glossesByHeadword.get(key) ?? []), ...entryGlosses(entry)]);
  }
  return {
    translations(word) {
      for (const form of dutchLookupForms(normaliseDutch(word))) {
        const glosses = glossesByHeadword.get(form);
        if (glosses) return glosses;
      }
      return [];
    },
  };
}

const DICTD_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeDictdNumber(encoded: string): number {
  return [...encoded].reduce((value, digit) => value * 64 + DICTD_DIGITS.indexOf(digit), 0);
}

/** An entry is a headword line ("aanbieden /ambidən/") followed by glosses, possibly numbered: "1. bid, offer". */
function entryGlosses(entry: string): string[] {
  return entry
    .split("\n")
    .slice(1)
    .map((line) => line.replace(/^\s*\d+\.\s*/, "").trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/,\s*/));
}

function normaliseDutch(word: string): string {
  return word.trim().toLowerCase().replace(/ĳ/g, "ij");
}

/**
 * Dutch inflections undone by rule of thumb, likeliest first; the first form with an entry wins. Crude: "zegt" →
 * zegt, zeg, zeeg, zeggen (found), but "grote" finds "grot" (cave) before "groot".
 */
function dutchLookupForms(word: string): string[] {
  const forms = [word];
  const stripped = word.startsWith("ge") && word.length > 6 ? [word, word.slice(2)] : [word];
  for (const base of stripped) {
    for (const suffix of ["en", "s", "'s", "e", "t", "d", "de", "te", "den", "ten", "je", "tje", "jes", "tjes"]) {
      if (!base.endsWith(suffix) || base.length - suffix.length < 3) continue;
      const stem = base.slice(0, -suffix.length);
      forms.push(
        stem,
        undoubled(stem),
        lengthened(stem),
        `${stem}${stem.at(-1)}en`,
        `${stem}en`,
        `${shortened(stem)}en`,
      );
    }
  }
  return forms;
}

/** "vall" → "val" (plural and verb forms double the consonant after a short vowel). */
function undoubled(stem: string): string {
  return /([bcdfgklmnprst])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** "kandidat" → "kandidaat" (an open syllable spells a long vowel with one letter). */
function lengthened(stem: string): string {
  return stem.replace(/([^aeiou])([aeou])([^aeiou])$/, "$1$2$2$3");
}

/** "maak" → "mak", to form the infinitive "maken" (the long vowel is spelled with one letter before "-en"). */
function shortened(stem: string): string {
  return stem.replace(/([aeou])\1([^aeiou])$/, "$1$2");
}

function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / Math.max(1, values.length);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main();
