// @ts-check
// The Content-Security-Policy of every response, in one place for the three that set it: proxy.ts (pages rendered per
// request: a fresh nonce), the page cache (lib/cache/found-pages-cache-handler.cjs: cached reader pages, the hashes of
// their inline scripts) and next.config.js (everything else). Plain CommonJS because the last two load it at run time
// without a bundler. See docs/decisions.md, "Content-Security-Policy: a nonce per request, hashes for cached pages".

/**
 * What a page may load besides its scripts. Styles allow 'unsafe-inline' because React writes `style` attributes
 * (the word card's and tooltip's positions, the charts' fills) into the server-rendered HTML; scripts never do.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy of an HTML page: scripts from the site itself, and inline scripts only when `scriptSources` allows them,
 * e.g. ["'nonce-…'"] or ["'sha256-…'", …]. `development` adds what `next dev` needs for its error overlay and
 * hot reloading ('unsafe-eval').
 *
 * pagePolicy(["'nonce-abc'"], false) → "default-src 'self'; script-src 'self' 'nonce-abc'; style-src …"
 *
 * @param {readonly string[]} scriptSources
 * @param {boolean} development
 * @returns {string}
 */
function pagePolicy(scriptSources, development) {
  const scripts = ["script-src 'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])].join(" ");
  return [PAGE_DIRECTIVES[0], scripts, ...PAGE_DIRECTIVES.slice(1)].join("; ");
}

/**
 * For the cached reader's addresses, beside the policy the page cache stores with each page: when a page is answered
 * without the cache (an error), no frame, plugin or <base> is allowed still. Leaves scripts to the stored policy
 * (two policies are both enforced, so this one must not name script sources).
 */
const CACHED_PAGE_BASELINE_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** For answers that are not pages (the API, scripts and styles, robots.txt): nothing may run or be embedded. */
const RESOURCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

module.exports = { pagePolicy, CACHED_PAGE_BASELINE_POLICY, RESOURCE_POLICY };
