/** Where a word was met: the paragraph and the position of its sentence pair. */
export interface SentenceRef {
  paragraphId: string;
  sentencePosition: number;
}

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
  const sentence = start.closest(".cell-nl .sentence");
  if (!sentence || sentence !== end.closest(".cell-nl .sentence")) return null;
  const ref = sentenceOf(sentence);
  return ref ? { ...ref, form, rect: range.getBoundingClientRect() } : null;
}
