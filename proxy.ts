import { NextResponse, type NextRequest } from "next/server";
import { trustedProxies } from "@/lib/auth/trusted-proxies";
import { isUiLanguage } from "@/lib/i18n/languages";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import { readerPageExists } from "@/lib/lessons/get-reader-lesson.server";
import { readerPageNumber } from "@/lib/lessons/reader-page-number";

/** Pages under /:lng/lessons/:id/ that are not reader pages (they are rendered per request). */
const LESSON_SUBPAGES = new Set(["alignment", "glossary", "translate"]);
const READER_PATH = /^\/[^/]+\/lessons\/[^/]+(\/[^/]+)?$/;

/**
 * The request as Next should go on with it. Without a trusted proxy in front (TRUST_PROXY=0), an X-Forwarded-For
 * header can only come from the client itself; it is dropped, so that Next fills in the connection's own address and
 * the attempt limits (lib/auth) count the real caller.
 */
function forwardedRequest(request: NextRequest): { request: { headers: Headers } } | undefined {
  if (trustedProxies() > 0 || !request.headers.has("x-forwarded-for")) return undefined;
  const headers = new Headers(request.headers);
  headers.delete("x-forwarded-for");
  return { request: { headers } };
}

/**
 * A form posted without JavaScript (the lesson forms check their size in the browser otherwise) that is larger than
 * the server accepts is sent back to its page with the app's own message instead of Next's error page.
 */
function refuseOversizedPost(request: NextRequest): NextResponse | null {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || !(length > IMPORT_LIMITS.maxRequestBytes)) return null;
  const url = request.nextUrl.clone();
  url.search = "?error=file-too-large";
  return NextResponse.redirect(url, 303);
}

/**
 * Public reader pages are cached by Next after their first rendering, including a "not found" answer, so every
 * made-up lesson id or page number would add files to the cache for good. This answers those requests before Next
 * renders anything: a path that is not an existing page of an existing lesson is rewritten to the (uncached)
 * catch-all page, which answers 404 in the visitor's language.
 */
async function isMissingReaderPage(pathname: string): Promise<boolean> {
  if (!READER_PATH.test(pathname) || pathname.startsWith("/api/")) return false;
  const [, lng = "", , id = "", part] = pathname.split("/");
  if (id === "new" || (part !== undefined && LESSON_SUBPAGES.has(part))) return false;
  const page = part === undefined ? 1 : readerPageNumber(part);
  return !(isUiLanguage(lng) && page !== null && id.length <= 64 && (await readerPageExists(id, page)));
}

export async function proxy(request: NextRequest) {
  const refused = refuseOversizedPost(request);
  if (refused) return refused;
  const forwarded = forwardedRequest(request);
  const { pathname } = request.nextUrl;
  if (await isMissingReaderPage(pathname)) {
    const lng = pathname.split("/")[1] ?? "";
    return NextResponse.rewrite(new URL(`/${isUiLanguage(lng) ? lng : "en"}/not-found`, request.url), forwarded);
  }
  return NextResponse.next(forwarded);
}

export const config = {
  matcher: [
    "/:lng/lessons/:id",
    "/:lng/lessons/:id/:part",
    // Requests that bring their own X-Forwarded-For (browsers never do), so ordinary traffic pays nothing here.
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "x-forwarded-for" }] },
  ],
};
