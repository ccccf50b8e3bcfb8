import { NextResponse, type NextRequest } from "next/server";
import { trustedProxies } from "@/lib/auth/trusted-proxies";
import { isCachedPagePath } from "@/lib/http/cached-page-paths.cjs";
import { pagePolicy } from "@/lib/http/content-security-policy.cjs";
import { forwardedProtoIsHttps } from "@/lib/http/forwarded-proto";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

/** Headers that only a reverse proxy may set; without a trusted one (TRUST_PROXY=0) a client sent them itself. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"];

/** One year; without includeSubDomains, as a school's other hosts on its domain may still be plain HTTP. */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/**
 * The request headers as Next should go on with them. Without a trusted proxy in front (TRUST_PROXY=0), forwarded
 * headers can only come from the client itself: they are dropped, so that Next fills in the connection's own address
 * and scheme, the attempt limits (lib/auth) count the real caller, and the session cookie is Secure only over HTTPS
 * (lib/http/forwarded-proto.ts).
 */
function headersForNext(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (trustedProxies() === 0) for (const name of FORWARDED_HEADERS) headers.delete(name);
  return headers;
}

/**
 * Whether the browser used HTTPS: a trusted proxy's X-Forwarded-Proto, or else the connection's own scheme (Next
 * reads it from the socket when no such header was sent; one a client sent itself cannot be told from it).
 */
function servedOverHttps(request: NextRequest): boolean {
  const forwardedProto = request.headers.get("x-forwarded-proto");
  if (forwardedProto === null) return request.nextUrl.protocol === "https:";
  return trustedProxies() > 0 && forwardedProtoIsHttps(forwardedProto, trustedProxies());
}

/**
 * A page rendered per request gets a fresh nonce: Next reads it from the request's Content-Security-Policy and puts
 * it on its scripts. The API and cached reader pages (which have their own policy from the page cache) are left
 * alone; the proxy reaches them only for requests that bring forwarded headers.
 */
function nonceFor(pathname: string): string | null {
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || isCachedPagePath(pathname)) return null;
  return btoa(crypto.randomUUID());
}

/**
 * A form posted without JavaScript (the lesson forms check their size in the browser otherwise) that is larger than
 * the server accepts is sent back to its page with the app's own message instead of Next's error page. Next turns
 * the redirect into a relative Location, so it stays on the address the browser used.
 */
function refuseOversizedPost(request: NextRequest): NextResponse | null {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || !(length > IMPORT_LIMITS.maxRequestBytes)) return null;
  const url = request.nextUrl.clone();
  url.search = "?error=file-too-large";
  return NextResponse.redirect(url, 303);
}

export function proxy(request: NextRequest) {
  const headers = headersForNext(request);
  const nonce = nonceFor(request.nextUrl.pathname);
  const policy = nonce && pagePolicy([`'nonce-${nonce}'`], process.env.NODE_ENV === "development");
  if (policy) headers.set("content-security-policy", policy);
  const response = refuseOversizedPost(request) ?? NextResponse.next({ request: { headers } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    // Every page rendered per request (for its nonce), not the API, Next's files, robots.txt or the cached reader
    // pages (the pattern of lib/http/cached-page-paths.cjs, which Next needs written out here).
    "/((?!api/|_next/|robots\\.txt$|[^/]+/lessons/(?!new$)[^/]+(?:/(?!(?:alignment|edit|glossary|teach|translate)$)[^/]+)?$).*)",
    // Any request that brings its own forwarded headers (browsers never do), for headersForNext.
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "x-forwarded-for" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "x-forwarded-host" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "x-forwarded-proto" }] },
  ],
};
