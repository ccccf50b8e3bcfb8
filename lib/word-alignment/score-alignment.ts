/**
 * Scores word alignment against hand-made links, as ../shared/notes/word-card.md defines it: a link names a Dutch
 * word (its first occurrence, as written) and the English words that translate it (first occurrences); only the
 * system's marks on linked Dutch words count. Precision = marks on a gold English word / all those marks; recall =
 * links with at least one correct mark / all links. Shared by `npm run eval:word-alignment` and the unit tests.
 *
 * scoreAlignment([{ nl: "De vrouwen lopen.", en: "The women walk.", links: [["vrouwen", ["women"]]] }], align)
 *   → { pairs: 1, links: 1, marks: 1, correctMarks: 1, linksFound: 1, precision: 1, recall: 1, f1: 1 }
 */
import { z } from "zod";
import { tokenize, type Token } from "@/lib/text/tokens";
import type { WordLink } from "./align-words";

export const alignmentFileSchema = z.array(
  z.object({
    nl: z.string(),
    en: z.string(),
    links: z.array(z.tuple([z.string(), z.array(z.string()).min(1)])),
  }),
);

export type GoldPair = z.infer<typeof alignmentFileSchema>[number];

export interface AlignmentScore {
  pairs: number;
  links: number;
  marks: number;
  correctMarks: number;
  linksFound: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One gold link as the system saw it, for listing errors: "vrouwen → women | marked: wife". */
export interface LinkOutcome {
  pair: number;
  nl: string;
  gold: readonly string[];
  marked: string[];
  correct: boolean;
}

export function scoreAlignment(
  pairs: readonly GoldPair[],
  align: (dutch: string, english: string) => WordLink[],
  onLink?: (outcome: LinkOutcome) => void,
): AlignmentScore {
  let links = 0;
  let marks = 0;
  let correctMarks = 0;
  let linksFound = 0;
  pairs.forEach((pair, pairIndex) => {
    const system = align(pair.nl, pair.en);
    const nlTokens = tokenize(pair.nl);
    const enTokens = tokenize(pair.en);
    for (const [word, englishWords] of pair.links) {
      const token = firstOccurrence(nlTokens, word, pair.nl);
      const gold = new Set(englishWords.map((english) => firstOccurrence(enTokens, english, pair.en).start));
      const marked = system.filter((link) => link.nl.some((nl) => nl.start === token.start)).flatMap((link) => link.en);
      const correct = marked.filter((mark) => gold.has(mark.start));
      links++;
      marks += marked.length;
      correctMarks += correct.length;
      if (correct.length > 0) linksFound++;
      onLink?.({
        pair: pairIndex,
        nl: word,
        gold: englishWords,
        marked: marked.map((mark) => pair.en.slice(mark.start, mark.end)),
        correct: correct.length > 0,
      });
    }
  });
  const precision = marks === 0 ? 1 : correctMarks / marks;
  const recall = links === 0 ? 1 : linksFound / links;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: pairs.length, links, marks, correctMarks, linksFound, precision, recall, f1 };
}

function firstOccurrence(tokens: readonly Token[], word: string, sentence: string): Token {
  const token = tokens.find((candidate) => candidate.text === word);
  if (token === undefined) throw new Error(`"${word}" is not a word of "${sentence}"`);
  return token;
}
