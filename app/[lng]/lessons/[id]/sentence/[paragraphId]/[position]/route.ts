import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { toUiLanguage } from "@/lib/i18n/languages";
import { sentenceLocation } from "@/lib/lessons/sentence-location.server";

interface Params {
  params: Promise<{ lng: string; id: string; paragraphId: string; position: string }>;
}

/**
 * A saved sentence's lasting address (see sentencePath): answers with a relative redirect to the reader page that
 * holds the sentence, wherever the lesson is read and however its pages fall today.
 */
export async function GET(_request: NextRequest, { params }: Params) {
  const { lng: raw, id, paragraphId, position } = await params;
  const lng = toUiLanguage(raw);
  const redirectTo = (path: string) => new NextResponse(null, { status: 307, headers: { Location: `/${lng}${path}` } });
  // Anything wrong goes to the lesson's public address, whose page says "not found" in the user's language.
  const lessonPage = () => redirectTo(`/lessons/${encodeURIComponent(id)}`);
  if (!/^\d{1,5}$/.test(position) || paragraphId.length > 64) return lessonPage();
  try {
    return redirectTo(await sentenceLocation(await getCurrentUser(), id, paragraphId, Number(position)));
  } catch (error) {
    if (error instanceof AppError) return lessonPage();
    throw error;
  }
}
