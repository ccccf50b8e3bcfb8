/**
 * Whether the browser reached the site over HTTPS, from the X-Forwarded-Proto header as the app receives it.
 *
 * `next start` fills in X-Forwarded-Proto from its own connection ("https" only over TLS) when a request has no such
 * header, and keeps a header the request brought. With no trusted proxy (0), proxy.ts removes any header a client
 * sent, so the value is Next's own; with `trustedProxies` reverse proxies in front, the scheme the browser used is the
 * entry the outermost trusted one wrote: the `trustedProxies`-th from the right (a proxy that replaces the header
 * leaves one entry, which is then the one read), as for X-Forwarded-For (lib/auth/client-address.ts).
 *
 * forwardedProtoIsHttps("https", 1) → true
 * forwardedProtoIsHttps("http, https", 1) → true (the client's own "http" is left of the proxy's entry)
 * forwardedProtoIsHttps("https, http", 1) → false
 * forwardedProtoIsHttps(null, 1) → false
 */
export function forwardedProtoIsHttps(forwardedProto: string | null | undefined, trustedProxies: number): boolean {
  const entries = (forwardedProto ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - Math.max(1, trustedProxies))] === "https";
}
