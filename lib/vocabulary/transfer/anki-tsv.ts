import { ankiGuid } from "./anki-guid";
import type { ExportedItem, VocabularyExport } from "./vocabulary-export";

/** The deck Anki puts (and, the first time, creates) the notes in. */
export const ANKI_DECK = "Leeshulp";

const COLUMNS = ["Front", "Back", "Deck", "Tags", "GUID"] as const;
const column = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name) + 1;

/**
 * The learner's vocabulary as a text file that Anki 2.1.54 and later imports without asking anything: header lines
 * name the separator, say the fields are HTML, pick the "Basic" note type, label the columns (Front and Back map to
 * the note type's fields by name) and say which columns hold each note's guid, deck and tags. One note per item:
 * Front is the Dutch word and the sentence it was saved from with the word in bold, Back its English, the
 * sentence's English and the learner's note. The guid is stable per item (see ankiGuid), so importing a newer
 * export updates the notes. UTF-8 without a byte-order mark (Anki would read a marked first line as a note).
 *
 * #separator:tab
 * #html:true
 * #notetype:Basic
 * #columns:Front	Back	Deck	Tags	GUID
 * #guid column:5
 * #deck column:3
 * #tags column:4
 * huis<br><br>Het <b>huis</b> is &quot;groot&quot;.	house<br><br>The house is &quot;big&quot;.	Leeshulp	learning testles	lh5f0c2a9e71b4d3c8e6a1
 */
export function ankiTsv(vocabulary: VocabularyExport): string {
  const header = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#columns:${COLUMNS.join("\t")}`,
    `#guid column:${column("GUID")}`,
    `#deck column:${column("Deck")}`,
    `#tags column:${column("Tags")}`,
  ];
  const notes = vocabulary.items.map((item) =>
    [front(item), back(item), ANKI_DECK, tags(item).join(" "), ankiGuid(vocabulary.userId, item.key)].join("\t"),
  );
  return [...header, ...notes].map((line) => `${line}\n`).join("");
}

function front(item: ExportedItem): string {
  const context = item.contexts[0];
  const parts = [escapeHtml(item.headword)];
  if (context) parts.push(withFormInBold(context.sentence, context.form));
  return safeField(parts.join("<br><br>"));
}

function back(item: ExportedItem): string {
  const parts = [item.english, item.contexts[0]?.english ?? "", item.note].filter((part) => part.trim() !== "");
  return safeField(parts.map(escapeHtml).join("<br><br>"));
}

/** The item's status, and each lesson its sentences come from as a slug (Anki tags cannot hold spaces). */
function tags(item: ExportedItem): string[] {
  const lessons = item.contexts.map((context) => tagSlug(context.lessonTitle ?? "")).filter((slug) => slug !== "");
  return [...new Set([item.status, ...lessons])];
}

/**
 * A tag from a lesson title: lowercase ASCII letters and digits joined by hyphens.
 *
 * tagSlug("Biden belt Zelenski!") → "biden-belt-zelenski" · tagSlug("Oekraïne & de EU") → "oekraine-de-eu"
 */
export function tagSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
}

/**
 * User text as HTML text: & < > " escaped, line breaks as <br>, tabs as spaces, so no text can add markup, end
 * the field or end the note.
 *
 * escapeHtml('a < b & "c"\td\ne') → 'a &lt; b &amp; &quot;c&quot; d<br>e'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, " ")
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** Anki reads a line starting with "#" as a comment, so a field may not start with one (Front starts the line). */
function safeField(html: string): string {
  return html.replace(/^#/, "&#35;");
}

/**
 * The sentence as HTML with the saved form in bold: its first occurrence as a whole word, else its first
 * occurrence inside a word, else none; case-insensitive.
 *
 * withFormInBold("Het huisje en het Huis.", "huis") → "Het huisje en het <b>Huis</b>."
 */
export function withFormInBold(sentence: string, form: string): string {
  const range = formRange(sentence, form);
  if (!range) return escapeHtml(sentence);
  const [start, end] = range;
  return `${escapeHtml(sentence.slice(0, start))}<b>${escapeHtml(sentence.slice(start, end))}</b>${escapeHtml(sentence.slice(end))}`;
}

const LETTER = /[\p{L}\p{N}]/u;

function formRange(sentence: string, form: string): [number, number] | null {
  if (form === "") return null;
  // Lower-casing keeps offsets only when it keeps lengths (it does for Dutch); otherwise match the exact form.
  const lower = sentence.toLocaleLowerCase("nl");
  const lowerForm = form.toLocaleLowerCase("nl");
  const sameLength = lower.length === sentence.length && lowerForm.length === form.length;
  const haystack = sameLength ? lower : sentence;
  const needle = sameLength ? lowerForm : form;
  let first: number | null = null;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    first ??= at;
    const end = at + needle.length;
    if (!LETTER.test(sentence[at - 1] ?? "") && !LETTER.test(sentence[end] ?? "")) return [at, end];
  }
  return first === null ? null : [first, first + needle.length];
}
