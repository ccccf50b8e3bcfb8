/** Straight and typographic quotation marks, Dutch („…”), English (“…”), single (‘…’) and guillemets. */
const QUOTATION_MARKS = `"'“”„‟‘’‚‛«»‹›`;

/** Dutch elisions that start with an apostrophe and are no quotation: 's avonds, 't is, 'n beetje. */
const ELISION = /^['’‘][stn][\s-]/i;

/** Punctuation that may follow a closing quotation mark at the end of a sentence: “…”. or “…”) */
const TRAILING_PUNCTUATION = /[.!?…,;:)\]]+$/;

/**
 * Whether a saved sentence needs quotation marks around it on the vocabulary page. Sentences in the lessons often
 * bring their own („…”, '…', “…”), and marks around those would double them, so a sentence that starts with a
 * quotation mark, or ends with one (before any final punctuation), is shown as it is.
 *
 * needsQuotes("De vrede is broos.") → true · needsQuotes("„Dat is zo”, zei hij.") → false
 * needsQuotes("Hij sprak van de “bijzondere aard”.") → false · needsQuotes("'s Avonds is het stil.") → true
 */
export function needsQuotes(sentence: string): boolean {
  const text = sentence.trim();
  if (text === "") return false;
  const startsQuoted = QUOTATION_MARKS.includes(text[0]!) && !ELISION.test(text);
  const end = text.replace(TRAILING_PUNCTUATION, "");
  const endsQuoted = end !== "" && QUOTATION_MARKS.includes(end[end.length - 1]!);
  return !startsQuoted && !endsQuoted;
}
