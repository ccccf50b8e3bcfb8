import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import type { ImportedParagraph } from "@/lib/import/imported-paragraph";
import type { ParagraphKind } from "@/lib/lesson-model/lesson-rows";

/** Elements whose content is never article text. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "input",
  "textarea",
  "menu",
  "dialog",
  "object",
  "embed",
  "video",
  "audio",
  "picture",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set(["p", "li", "dd", "dt", "td", "th", "pre", "address", "summary", "caption"]);
const CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "body",
  "ul",
  "ol",
  "dl",
  "table",
  "tbody",
  "thead",
  "tr",
  "figure",
  "details",
  "center",
  "html",
  "header",
  "hgroup",
]);
/** Where text read as one run gets a space, so "<li><p>a</p><p>b</p></li>" reads "a b", not "ab". */
const BREAKS = new Set([...HEADINGS, ...BLOCKS, ...CONTAINERS, "blockquote", "figcaption", "br"]);
/** Elements that never hold others (HTML's void elements), so they do not add to the nesting depth. */
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

type Attributes = Record<string, string>;

interface TagHandler {
  open?(tag: string, attributes: Attributes): void;
  close?(tag: string): void;
  text?(text: string): void;
}

/**
 * Streams the page through htmlparser2 (tags lower-cased, entities decoded, every opened element closed again) and
 * throws AppError("too-deeply-nested") as soon as elements nest deeper than the limit, before the parser's own stack
 * and the work per element grow with a hostile page.
 */
function parseHtml(html: string, handler: TagHandler): void {
  let depth = 0;
  const parser = new Parser({
    onopentag(tag, attributes) {
      depth++;
      if (depth > IMPORT_LIMITS.maxNestingDepth && !VOID_ELEMENTS.has(tag)) throw new AppError("too-deeply-nested");
      handler.open?.(tag, attributes);
    },
    onclosetag(tag) {
      depth--;
      handler.close?.(tag);
    },
    ontext(text) {
      handler.text?.(text);
    },
  });
  parser.end(html);
}

const ROOTS = ["article", "main", "body"] as const;

interface Outline {
  /** Only the first element with this tag is read; null: the whole page is. */
  root: (typeof ROOTS)[number] | null;
  /** For each <blockquote> in the page's order, whether a <p> is inside it (then it is read paragraph by paragraph). */
  quotesWithParagraphs: boolean[];
}

/** What the reading pass needs to know before it starts: which part of the page to read, and how to read quotes. */
function outlineOf(html: string): Outline {
  const tags = new Set<string>();
  const quotesWithParagraphs: boolean[] = [];
  const openQuotes: number[] = [];
  const markInnermostQuote = () => {
    const innermost = openQuotes.at(-1);
    if (innermost !== undefined) quotesWithParagraphs[innermost] = true;
  };
  parseHtml(html, {
    open(tag) {
      tags.add(tag);
      if (tag === "blockquote") {
        openQuotes.push(quotesWithParagraphs.length);
        quotesWithParagraphs.push(false);
      } else if (tag === "p") {
        markInnermostQuote();
      }
    },
    close(tag) {
      if (tag !== "blockquote") return;
      const closed = openQuotes.pop();
      // A <p> in a nested quote is inside the outer one too.
      if (closed !== undefined && quotesWithParagraphs[closed]) markInnermostQuote();
    },
  });
  return { root: ROOTS.find((tag) => tags.has(tag)) ?? null, quotesWithParagraphs };
}

/**
 * How an open element is read: "outside" the part of the page that is read; "skipped" with all it holds; as a
 * "container" of paragraphs, or a "quote" container whose paragraphs are quotes; as a "block" whose whole text is
 * one paragraph of its kind; or as "text" that joins the paragraph around it.
 */
type Frame =
  { role: "outside" | "skipped" | "container" | "quote" | "text" } | { role: "block"; kind: ParagraphKind | null };

const OUTSIDE: Frame = { role: "outside" };
const SKIPPED: Frame = { role: "skipped" };
const CONTAINER: Frame = { role: "container" };
const QUOTE: Frame = { role: "quote" };
const TEXT: Frame = { role: "text" };

function isHidden(tag: string, attributes: Attributes): boolean {
  return DROPPED.has(tag) || attributes.role === "navigation" || attributes["aria-hidden"] === "true";
}

/** How a child of a container is read; `quoteHasParagraphs` tells a <blockquote> of paragraphs from a short quote. */
function frameInContainer(tag: string, quoteHasParagraphs: boolean): Frame {
  if (HEADINGS.has(tag)) return { role: "block", kind: "heading" };
  if (tag === "figcaption") return { role: "block", kind: "caption" };
  if (tag === "blockquote") return quoteHasParagraphs ? QUOTE : { role: "block", kind: "quote" };
  if (BLOCKS.has(tag)) return { role: "block", kind: null };
  if (CONTAINERS.has(tag)) return CONTAINER;
  return TEXT;
}

/** The reading pass: one event at a time, with a stack of open elements instead of a tree, so nothing recurses. */
function readParagraphs(html: string, outline: Outline): ImportedParagraph[] {
  const paragraphs: ImportedParagraph[] = [];
  const frames: Frame[] = [outline.root ? OUTSIDE : CONTAINER];
  let text = "";
  let openQuotes = 0;
  let quotesSeen = 0;
  let rootFound = false;

  const flush = (kind: ParagraphKind | null) => {
    const paragraph = text.replace(/\s+/g, " ").trim();
    text = "";
    if (paragraph) paragraphs.push({ text: paragraph, kind: kind ?? (openQuotes > 0 ? "quote" : null) });
  };
  const frameOf = (parent: Frame, tag: string, attributes: Attributes, quoteIndex: number): Frame => {
    if (parent.role === "skipped") return SKIPPED;
    if (parent.role === "outside") {
      if (tag !== outline.root || rootFound) return OUTSIDE;
      rootFound = true;
      return CONTAINER;
    }
    if (isHidden(tag, attributes)) return SKIPPED;
    if (parent.role === "block" || parent.role === "text") return TEXT;
    return frameInContainer(tag, outline.quotesWithParagraphs[quoteIndex] ?? false);
  };

  parseHtml(html, {
    open(tag, attributes) {
      const quoteIndex = tag === "blockquote" ? quotesSeen++ : -1;
      const frame = frameOf(frames.at(-1) ?? OUTSIDE, tag, attributes, quoteIndex);
      frames.push(frame);
      if (frame.role === "container" || frame.role === "quote" || frame.role === "block") flush(null);
      if (frame.role === "quote") openQuotes++;
      if (frame.role === "text" && BREAKS.has(tag)) text += " ";
    },
    close(tag) {
      const frame = frames.pop() ?? OUTSIDE;
      if (frame.role === "container" || frame.role === "quote") flush(null);
      if (frame.role === "quote") openQuotes--;
      if (frame.role === "block") flush(frame.kind);
      if (frame.role === "text" && BREAKS.has(tag)) text += " ";
    },
    text(chunk) {
      const role = frames.at(-1)?.role;
      if (role !== "outside" && role !== "skipped") text += chunk;
    },
  });
  flush(null);
  return paragraphs;
}

/**
 * The article text of an HTML page as paragraphs. Only the page's first <article> is read, else its first <main>,
 * else its <body>, so page headers and sidebars stay out. Scripts, styles, navigation, footers, forms and anything
 * marked role="navigation" or aria-hidden="true" are dropped. Headings, figure captions and block quotes keep their
 * kind; a quote that holds <p>s is read paragraph by paragraph (an embedded tweet: its text, then its signature).
 * Entities are decoded, and markup written as text ("&lt;script&gt;") stays text.
 *
 * Two streaming passes (first which part to read, then the paragraphs), no tree and no recursion, so the work is
 * linear in the page; a page nesting elements deeper than IMPORT_LIMITS.maxNestingDepth is refused with
 * AppError("too-deeply-nested") as soon as the parser gets there.
 *
 * `<nav>Menu</nav><article><h1>Kop</h1><p>Tekst <b>vet</b>.</p></article>` → [{Kop, heading}, {Tekst vet., null}]
 */
export function htmlToParagraphs(html: string): ImportedParagraph[] {
  return readParagraphs(html, outlineOf(html));
}
