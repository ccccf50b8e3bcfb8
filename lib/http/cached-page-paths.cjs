// @ts-check
// The addresses Next answers from its page cache: a public lesson's reader pages (app/[lng]/lessons/[id] and its
// [part]). Their HTML is rendered once for everyone, so it carries no per-request nonce: the page cache stores a
// hash-based Content-Security-Policy with each page instead, and proxy.ts stays out of their way (its matcher
// repeats this pattern, which Next needs as a literal; tests/integration/http/cached-page-paths.test.ts checks they
// agree). The other pages beside [part] must be listed here, or they would be taken for reader pages.

const OTHER_LESSON_PAGES = ["alignment", "edit", "glossary", "teach", "translate"];

const CACHED_PAGE_PATH = new RegExp(
  `^/[^/]+/lessons/(?!new$)[^/]+(?:/(?!(?:${OTHER_LESSON_PAGES.join("|")})$)[^/]+)?$`,
);

/**
 * True for a path that Next serves from its page cache.
 *
 * isCachedPagePath("/en/lessons/abc") → true · isCachedPagePath("/en/lessons/abc/2") → true
 * isCachedPagePath("/en/lessons/abc/edit") → false · isCachedPagePath("/en/lessons/new") → false
 *
 * @param {string} pathname
 */
function isCachedPagePath(pathname) {
  return CACHED_PAGE_PATH.test(pathname);
}

/** The same addresses as `source` patterns for next.config.js `headers()`. */
const CACHED_PAGE_SOURCES = [
  "/:lng/lessons/:id((?!new$)[^/]+)",
  `/:lng/lessons/:id/:part((?!(?:${OTHER_LESSON_PAGES.join("|")})$)[^/]+)`,
];

module.exports = { isCachedPagePath, CACHED_PAGE_SOURCES, OTHER_LESSON_PAGES };
