import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { AppError } from "@/lib/errors/app-error";
import { sentenceLinks } from "@/lib/lesson-model/sentence-links";
import { sentencePairOfLesson } from "@/lib/lesson-model/sentence-of-lesson.server";

const query = z.object({
  p: z.string().min(1).max(64),
  s: z.coerce.number().int().min(0).max(10_000),
});

/**
 * The word links of sentence `s` in paragraph `p` (see sentenceLinks): which Dutch words the English words of the
 * pair translate, for marking the counterpart of a clicked English word. Anyone who may read the lesson may ask.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid-input" }, { status: 400 });
  const { id } = await params;
  try {
    const pair = await sentencePairOfLesson(await getCurrentUser(), id, parsed.data.p, parsed.data.s);
    const links = sentenceLinks(pair.text, pair.englishAsShown, getDictionary());
    return NextResponse.json({ links }, { headers: { "Cache-Control": "private, max-age=3600" } });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.code }, { status: 404 });
    console.error("word links failed:", error);
    return NextResponse.json({ error: "unknown" }, { status: 500 });
  }
}
