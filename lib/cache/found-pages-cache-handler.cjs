// @ts-check
// Next's own file-system page cache, told to keep only pages that were found. Next caches a public reader page after
// its first rendering (app/[lng]/lessons/[id]), and without this it would also keep every "not found" answer and every
// redirect it rendered: each made-up lesson id, page number or language would add files for good (1,000 requests
// added 9,000 files and 47 MB). Those answers are rendered again when asked for, which costs a few milliseconds.
// It also gives each page it is handed the Content-Security-Policy for that page's HTML: a cached page is rendered
// once for everyone, so it cannot carry a per-request nonce, and its policy allows its inline scripts by their hashes
// instead (docs/decisions.md, "Content-Security-Policy: a nonce per request, hashes for cached pages"). Next sends the
// headers stored with a page whenever it serves it, the first time included: the rendered page it is about to send
// is the object handed to `set`.
// Revalidations are also written to the database and a cached page's tags checked there before it is served
// (shared-tag-expirations.cjs), so that an edit made through one app instance reaches every instance's cache.
// Configured as `cacheHandler` in next.config.js; loaded by Next at run time, so plain CommonJS.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { pagePolicy } = require("../http/content-security-policy.cjs");
const { inlineScriptHashes } = require("./inline-script-hashes.cjs");
const { tagExpirations } = require("./shared-tag-expirations.cjs");

/**
 * Instances' clocks differ a little: a page rendered less than this long after one of its tags expired (by another
 * instance's clock) is rendered again rather than trusted.
 */
const CLOCK_MARGIN_MS = 1000;

const PAGE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES", "REDIRECT"]);

/** True for a rendered page whose answer is not a found page: 404, a redirect, an error. */
function isNotFoundAnswer(/** @type {{ kind?: string; status?: number } | null} */ data) {
  if (!data || !data.kind || !PAGE_KINDS.has(data.kind)) return false;
  return data.kind === "REDIRECT" || (typeof data.status === "number" && data.status >= 300);
}

/**
 * Adds the hash-based Content-Security-Policy to a rendered page, found or not (a "not found" answer is sent too).
 * @param {{ kind?: string; html?: unknown; headers?: Record<string, unknown> } | null} data
 */
function addContentSecurityPolicy(data) {
  if (!data || data.kind !== "APP_PAGE" || typeof data.html !== "string") return;
  const policy = pagePolicy(inlineScriptHashes(data.html), false);
  data.headers = { ...data.headers, "content-security-policy": policy };
}

/**
 * The cache tags Next stored with a rendered page (its path's implicit tags among them).
 * @param {{ value?: { kind?: string; headers?: Record<string, unknown> } | null } | null} entry
 */
function pageTags(entry) {
  const header = entry?.value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header ? header.split(",") : [];
}

class FoundPagesCache extends FileSystemCache {
  /** @param {string} key @param {any} context */
  async get(key, context) {
    const entry = await super.get(key, context);
    const tags = pageTags(entry);
    if (!entry || tags.length === 0) return entry;
    try {
      const expiredAt = await tagExpirations().latest(tags);
      return expiredAt + CLOCK_MARGIN_MS > entry.lastModified ? null : entry;
    } catch (error) {
      // The database is the source of truth for the page too; while it cannot be asked, the cached copy is the best
      // answer there is.
      console.error("could not check the page's cache tags:", error);
      return entry;
    }
  }

  /** @param {string | string[]} tags @param {any} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length > 0) await tagExpirations().record(list, Date.now());
  }

  /** @param {string} key @param {{ kind?: string; status?: number; html?: unknown } | null} data @param {any} context */
  async set(key, data, context) {
    addContentSecurityPolicy(data);
    if (isNotFoundAnswer(data)) return;
    return super.set(key, /** @type {any} */ (data), context);
  }
}

module.exports = FoundPagesCache;
module.exports.isNotFoundAnswer = isNotFoundAnswer;
