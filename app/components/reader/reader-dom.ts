import { tokenize } from "@/lib/text/tokens";

/** Where a word was met: the paragraph and the position of its sentence pair. */
export interface SentenceRef {
  paragraphId: string;
  sentencePosition: number;
}

const DUTCH_SENTENCE = ".cell-nl .sentence[data-pair]";
const ENGLISH_SENTENCE = ".cell-en .sentence[data-pair]";

/** The `data-pair` ("<paragraphId>:<position>") of the sentence an event target lies in. */
export function pairOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(".sentence[data-pair]")?.dataset.pair ?? null;
}

export function sentenceOf(element: Element): SentenceRef | null {
  const pair = pairOf(element);
  if (!pair) return null;
  const separator = pair.lastIndexOf(":");
  return { paragraphId: pair.slice(0, separator), sentencePosition: Number(pair.slice(separator + 1)) };
}

export function dutchSentenceAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(DUTCH_SENTENCE) : null;
}

export function englishSentenceAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(ENGLISH_SENTENCE) : null;
}

/** The Dutch or the English sentence of a pair ("<paragraphId>:<position>"), when the page shows it. */
export function sentenceOfPair(pair: string, language: "nl" | "en"): HTMLElement | null {
  const selector = `${language === "nl" ? ".cell-nl" : ".cell-en"} .sentence[data-pair="${CSS.escape(pair)}"]`;
  return document.querySelector<HTMLElement>(selector);
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** A DOM range over characters start–end of an element's text. */
export function rangeOf(root: Element, start: number, end: number): Range {
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (const node of textNodes(root)) {
    const length = node.data.length;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      break;
    }
    seen += length;
  }
  return range;
}

/** The character offset within `root`'s text of a point in one of its text nodes. */
function offsetIn(root: Element, node: Node, offset: number): number | null {
  let seen = 0;
  for (const text of textNodes(root)) {
    if (text === node) return seen + offset;
    seen += text.data.length;
  }
  return null;
}

/** Where an element inside `root` starts, as an offset in `root`'s text. */
export function offsetOfElement(root: Element, element: Element): number | null {
  const first = textNodes(element)[0];
  return first ? offsetIn(root, first, 0) : null;
}

/** The offset, in its sentence's text, of the character under a click or tap. */
export function offsetAtPoint(sentence: Element, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return offsetIn(sentence, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? offsetIn(sentence, range.startContainer, range.startOffset) : null;
}

/** Word tokens of a sentence element, for moving from word to word with the keyboard. */
export function wordsOf(sentence: Element) {
  return tokenize(sentence.textContent ?? "").filter((token) => token.isWord);
}

const MAX_SELECTION = 60;

/**
 * The text the user selected in one Dutch sentence, if it is a word or a short phrase; null for anything else
 * (nothing selected, a selection across sentences, in the English column, or too long).
 */
export function selectedWordInSentence(root: Element): (SentenceRef & { form: string; rect: DOMRect }) | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const form = selection.toString().trim();
  if (form.length === 0 || form.length > MAX_SELECTION || !/\p{L}/u.test(form)) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement;
  const end = range.endContainer.parentElement;
  if (!start || !end || !root.contains(start)) return null;
  const sentence = dutchSentenceAt(start);
  if (!sentence || sentence !== dutchSentenceAt(end)) return null;
  const ref = sentenceOf(sentence);
  return ref ? { ...ref, form, rect: range.getBoundingClientRect() } : null;
}

/**
 * Marks ranges with a named CSS highlight (no DOM change, so the text and its layout stay as they are). Where
 * highlights overlap, the higher priority paints on top (status marks lie beneath the card's and the cursor's).
 */
export function highlight(name: string, ranges: Range[], priority = 0): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else {
    const marked = new Highlight(...ranges);
    marked.priority = priority;
    CSS.highlights.set(name, marked);
  }
}

/**
 * How much of the top of the screen the read-aloud bar covers while it sticks there (0 otherwise): popups are placed
 * and the sentence being read is scrolled below it.
 */
export function coveredTop(): number {
  const bar = document.querySelector(".read-aloud-bar")?.getBoundingClientRect();
  return bar && bar.top <= 0.5 ? bar.bottom : 0;
}
