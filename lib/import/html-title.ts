import { Parser } from "htmlparser2";

/** Longer than a lesson title may be (lessonDetailsInput): such a "title" is a paragraph, not a title. */
const MAX_TITLE = 200;

/**
 * The title an HTML page gives itself: its <title>, else its first <h1>, with spaces collapsed; null when it has
 * neither or they are empty or too long for a lesson title. Only proposed: the new-lesson form fills its Title field
 * with it when the field is empty.
 *
 * titleOfHtml("<title> Minsk\n</title><h1>Kop</h1>") → "Minsk" · titleOfHtml("<h1>De <em>trein</em></h1>") → "De trein"
 */
export function titleOfHtml(html: string): string | null {
  const found: Record<"title" | "h1", string | null> = { title: null, h1: null };
  let open: "title" | "h1" | null = null;
  const parser = new Parser({
    onopentag(tag) {
      if ((tag === "title" || tag === "h1") && found[tag] === null && open === null) {
        open = tag;
        found[tag] = "";
      }
    },
    ontext(text) {
      if (open) found[open] += text;
    },
    onclosetag(tag) {
      if (tag === open) open = null;
    },
  });
  parser.end(html);
  for (const candidate of [found.title, found.h1]) {
    const title = candidate?.replace(/\s+/g, " ").trim();
    if (title && title.length <= MAX_TITLE) return title;
  }
  return null;
}
