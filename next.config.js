// @ts-check

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
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
