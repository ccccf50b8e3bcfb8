import { NextResponse, type NextRequest } from "next/server";
import { trustedProxies } from "@/lib/auth/trusted-proxies";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

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

export function proxy(request: NextRequest) {
  return refuseOversizedPost(request) ?? NextResponse.next(forwardedRequest(request));
}

export const config = {
  matcher: [
    // The pages whose forms take uploads.
    "/:lng/lessons/new",
    "/:lng/lessons/:id/translate",
    // Requests that bring their own X-Forwarded-For (browsers never do), so ordinary traffic pays nothing here.
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "x-forwarded-for" }] },
  ],
};
