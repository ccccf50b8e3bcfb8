import type { NextRequest } from "next/server";
import { LANGUAGE_COOKIE, pickLanguage } from "@/lib/i18n/languages";

/**
 * "/" sends visitors to their language: the remembered choice, their browser's, or English. The Location is a path,
 * so the browser stays on the address it used (an absolute URL built from request.url would name the server's own
 * host, e.g. http://localhost:3000, behind a reverse proxy).
 */
export function GET(request: NextRequest) {
  const lng = pickLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value, request.headers.get("accept-language"));
  return new Response(null, { status: 307, headers: { Location: `/${lng}`, Vary: "Cookie, Accept-Language" } });
}
