import { NextResponse, type NextRequest } from "next/server";
import { LANGUAGE_COOKIE, pickLanguage } from "@/lib/i18n/languages";

/** "/" sends visitors to their language: the remembered choice, their browser's, or English. */
export function GET(request: NextRequest) {
  const lng = pickLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value, request.headers.get("accept-language"));
  return NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
}
