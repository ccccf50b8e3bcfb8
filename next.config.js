// @ts-check
// Next loads this file with require(), so it shares code with the page cache through CommonJS modules too.
const { CACHED_PAGE_BASELINE_POLICY, RESOURCE_POLICY } = require("./lib/http/content-security-policy.cjs");
const { CACHED_PAGE_SOURCES } = require("./lib/http/cached-page-paths.cjs");

/**
 * Browser features the app does not use, denied to it and to anything it could ever embed. Reading aloud uses
 * speechSynthesis, which needs no permission. Only features Chromium knows (it logs an error for any other).
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** The Content-Security-Policy of answers that proxy.ts does not give a page's policy (see content-security-policy.cjs). */
const contentSecurityPolicy = (/** @type {string} */ source, /** @type {string} */ value) => ({
  source,
  headers: [{ key: "Content-Security-Policy", value }],
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) as its first step; skipping it in `next build`
  // keeps `npm start` fast on small machines.
  typescript: { ignoreBuildErrors: true },
  // Public reader pages are cached; answers for pages that do not exist are not (see the handler's comment).
  cacheHandler: require.resolve("./lib/cache/found-pages-cache-handler.cjs"),
  experimental: {
    // New lessons take two uploads of up to 5 MB each (Dutch text and translation) and two text areas; the app checks
    // the limits itself and answers in the user's language, which Next's default 1 MB limit would pre-empt. Equal to
    // IMPORT_LIMITS.maxRequestBytes (lib/import/import-limits.ts; a unit test checks).
    serverActions: { bodySizeLimit: "13mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          // For browsers that predate the policy's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      contentSecurityPolicy("/api/:path*", RESOURCE_POLICY),
      contentSecurityPolicy("/_next/:path*", RESOURCE_POLICY),
      contentSecurityPolicy("/robots.txt", RESOURCE_POLICY),
      ...CACHED_PAGE_SOURCES.map((source) => contentSecurityPolicy(source, CACHED_PAGE_BASELINE_POLICY)),
    ];
  },
};

module.exports = nextConfig;
