import { Parser } from "htmlparser2";

/** Elements whose end is a line break in the text. */
const BLOCKS = new Set(["div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"]);
/** Elements whose content is not text. */
const DROPPED = new Set(["script", "style", "template"]);

/** Tags and entities Anki and other flashcard apps write; "a < b" or "R&D" alone do not count as HTML. */
const HTML_SIGN =
  /<\/?(b|i|u|s|br|div|p|span|font|strong|em|sub|sup|ul|ol|li|img|a|hr|h[1-6])\b[^<>]*>|&(nbsp|amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/i;

/** True when a field looks like HTML (as Anki's "Notes in plain text" export writes it). */
export function looksLikeHtml(text: string): boolean {
  return HTML_SIGN.test(text);
}

/**
 * The text of an HTML field, for storing as plain text (it is never rendered as HTML): tags removed, entities
 * decoded, <br> and block ends as line breaks, non-breaking spaces as spaces, Anki's [sound:…] references dropped
 * (media cannot travel in a text file), spaces collapsed.
 *
 * htmlToPlainText("<b>huis</b>&nbsp;&amp; tuin<br><div>Het huis</div>[sound:huis.mp3]") → "huis & tuin\nHet huis"
 */
export function htmlToPlainText(html: string): string {
  let text = "";
  let dropped = 0;
  const parser = new Parser({
    onopentag(tag) {
      if (DROPPED.has(tag)) dropped++;
      else if (tag === "br") text += "\n";
    },
    onclosetag(tag) {
      if (DROPPED.has(tag)) dropped = Math.max(0, dropped - 1);
      else if (BLOCKS.has(tag)) text += "\n";
    },
    ontext(chunk) {
      if (dropped === 0) text += chunk;
    },
  });
  parser.end(html);
  return text
    .replace(/\[sound:[^\]]*\]/g, "")
    .replace(/[\u00a0\t ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
