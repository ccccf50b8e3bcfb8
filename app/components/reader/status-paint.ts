import type { LessonWordStatuses } from "@/lib/lessons/lesson-word-statuses.server";
import type { StatusMark } from "@/lib/vocabulary/status-marks";
import { highlight } from "./reader-dom";

/** The CSS highlights status marks are painted with (see ::highlight(status-…) in globals.css). */
const PAINTED: readonly StatusMark[] = ["new", "learning-1", "learning-2", "learning-3"];

/** A sentence's text nodes with the offset each starts at, so ranges for many words cost one walk. */
function textMap(root: Element): { nodes: Text[]; starts: number[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let seen = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push(node);
    starts.push(seen);
    seen += node.data.length;
  }
  return { nodes, starts };
}

function pointAt(map: { nodes: Text[]; starts: number[] }, offset: number, end: boolean): [Text, number] | null {
  for (let index = map.nodes.length - 1; index >= 0; index--) {
    const start = map.starts[index]!;
    // A range's end may sit at the very end of a node; its start belongs to the node where the character is.
    if (end ? offset > start : offset >= start) {
      const node = map.nodes[index]!;
      return offset - start <= node.data.length ? [node, offset - start] : null;
    }
  }
  return null;
}

function addRanges(
  sentence: Element,
  triples: readonly number[],
  markOf: (keyIndex: number) => StatusMark,
  into: Map<StatusMark, Range[]>,
) {
  const map = textMap(sentence);
  for (let at = 0; at + 2 < triples.length; at += 3) {
    const ranges = into.get(markOf(triples[at + 2]!));
    if (!ranges) continue;
    const start = pointAt(map, triples[at]!, false);
    const end = pointAt(map, triples[at + 1]!, true);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    ranges.push(range);
  }
}

/**
 * Paints the learner's marks over the reader's text with CSS highlights: nothing in the DOM changes, so the text
 * neither re-renders nor moves. `marks` may differ from `statuses.marks` (changes made since it was fetched).
 */
export function paintStatuses(root: Element, statuses: LessonWordStatuses, marks: readonly StatusMark[]): void {
  const started = performance.now();
  const into = new Map(PAINTED.map((mark) => [mark, [] as Range[]]));
  const markOf = (keyIndex: number) => marks[keyIndex] ?? "known";
  for (const sentence of root.querySelectorAll<HTMLElement>(".cell-nl .sentence[data-pair]")) {
    const pair = sentence.dataset.pair!;
    addRanges(sentence, statuses.words[pair] ?? [], markOf, into);
    // A phrase is painted only once it is being learnt; its words keep their own marks.
    addRanges(
      sentence,
      statuses.phrases[pair] ?? [],
      (index) => (markOf(index) === "new" ? "known" : markOf(index)),
      into,
    );
  }
  for (const term of root.querySelectorAll<HTMLElement>(".cell-nl .term[data-term]")) {
    const keyIndex = statuses.terms[term.dataset.term!];
    const ranges = keyIndex === undefined ? undefined : into.get(markOf(keyIndex));
    if (!ranges || markOf(keyIndex!) === "new") continue;
    const range = document.createRange();
    range.selectNodeContents(term);
    ranges.push(range);
  }
  for (const [mark, ranges] of into) highlight(`status-${mark}`, ranges, -1);
  // Read by `npm run bench:vocabulary` (paintMs).
  performance.measure("status-paint", { start: started });
}

export function clearStatuses(): void {
  for (const mark of PAINTED) highlight(`status-${mark}`, []);
}
