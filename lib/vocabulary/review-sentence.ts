/** A sentence cut around the saved form of a word: bold in recognition, blanked in production. */
export interface SentenceAroundForm {
  before: string;
  form: string;
  after: string;
}

/**
 * The sentence split at the first occurrence of the form, matched without regard to case (a word saved at the start
 * of a sentence), or null when the form is not in it.
 *
 * splitAtForm("Vrede is broos.", "vrede") → { before: "", form: "Vrede", after: " is broos." }
 */
export function splitAtForm(sentence: string, form: string): SentenceAroundForm | null {
  if (form === "") return null;
  let start = sentence.indexOf(form);
  const lower = sentence.toLocaleLowerCase("nl");
  // Lower-casing keeps the length of Dutch text; the check keeps offsets honest for any character that would not.
  if (start < 0 && lower.length === sentence.length) start = lower.indexOf(form.toLocaleLowerCase("nl"));
  if (start < 0) return null;
  const end = start + form.length;
  return { before: sentence.slice(0, start), form: sentence.slice(start, end), after: sentence.slice(end) };
}
