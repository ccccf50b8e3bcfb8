// @ts-check
// The CSP hash sources of a page's inline scripts, for the policy stored with a cached page (see
// found-pages-cache-handler.cjs). Next's inline scripts carry the page's data for hydration (self.__next_f.push(…)),
// so they differ from page to page and are hashed when the page is cached.
const { createHash } = require("node:crypto");

/** A <script> element without a src attribute, and its text (Next escapes "</script" inside it). */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * "'sha256-…'" for each distinct inline script of `html`, in the order they first appear. A browser hashes the
 * script's text exactly as written between the tags, as UTF-8.
 *
 * inlineScriptHashes('<script>a()</script><script src="/x.js"></script>') → ["'sha256-…'"] (one: the inline one)
 *
 * @param {string} html
 * @returns {string[]}
 */
function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

module.exports = { inlineScriptHashes };
