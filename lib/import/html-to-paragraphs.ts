import { parse, type HTMLElement, type Node } from "node-html-parser";
import type { ImportedParagraph } from "./imported-paragraph";

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

function textOf(node: Node): string {
  return node.text.replace(/\s+/g, " ").trim();
}

function walk(element: HTMLElement, out: ImportedParagraph[]): void {
  let inline = "";
  const flush = () => {
    const text = inline.replace(/\s+/g, " ").trim();
    if (text) out.push({ text, kind: null });
    inline = "";
  };
  for (const child of element.childNodes) {
    if (child.nodeType === 3) {
      inline += child.text;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const node = child as HTMLElement;
    const tag = node.rawTagName?.toLowerCase() ?? "";
    if (DROPPED.has(tag)) continue;
    if (node.getAttribute("role") === "navigation" || node.getAttribute("aria-hidden") === "true") continue;
    if (tag === "br") {
      inline += " ";
      continue;
    }
    if (HEADINGS.has(tag) || tag === "blockquote" || tag === "figcaption" || BLOCKS.has(tag)) {
      flush();
      if (tag === "blockquote" && node.querySelector("p")) {
        const quoted: ImportedParagraph[] = [];
        walk(node, quoted);
        out.push(...quoted.map((paragraph) => ({ ...paragraph, kind: paragraph.kind ?? ("quote" as const) })));
        continue;
      }
      const text = textOf(node);
      if (!text) continue;
      const kind = HEADINGS.has(tag)
        ? "heading"
        : tag === "blockquote"
          ? "quote"
          : tag === "figcaption"
            ? "caption"
            : null;
      out.push({ text, kind });
      continue;
    }
    if (CONTAINERS.has(tag)) {
      flush();
      walk(node, out);
      continue;
    }
    inline += node.text;
  }
  flush();
}

/**
 * The article text of an HTML page as paragraphs. Scripts, styles, navigation, headers, footers and forms are
 * dropped (a page header is skipped by reading only the <article> or <main> when there is one); when the page has an <article> (or else a <main>), only that is read. Headings, block quotes and figure
 * captions keep their kind.
 *
 * `<nav>Menu</nav><article><h1>Kop</h1><p>Tekst.</p></article>` → [{Kop, heading}, {Tekst., null}]
 */
export function htmlToParagraphs(html: string): ImportedParagraph[] {
  const document = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const root =
    document.querySelector("article") ?? document.querySelector("main") ?? document.querySelector("body") ?? document;
  const out: ImportedParagraph[] = [];
  walk(root, out);
  return out;
}
