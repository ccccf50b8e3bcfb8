import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { AppError } from "@/lib/errors/app-error";
import { getGrammar } from "@/lib/grammar/load-grammar.server";
import { sentencePairOfLesson } from "@/lib/lesson-model/sentence-of-lesson.server";
import { lookupWord } from "@/lib/lesson-model/word-lookup";

const query = z.object({
  p: z.string().min(1).max(64),
  s: z.coerce.number().int().min(0).max(10_000),
  o: z.coerce.number().int().min(0).max(100_000),
});

/**
 * The word card's data for the word at offset `o` of sentence `s` in paragraph `p`, from the offline dictionary,
 * with the English words that translate it in the sentence's aligned English (offsets as the reader shows it).
 * Anyone who may read the lesson may look its words up.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid-input" }, { status: 400 });
  const { id } = await params;
  try {
    const pair = await sentencePairOfLesson(await getCurrentUser(), id, parsed.data.p, parsed.data.s);
    const lookup = lookupWord(pair.text, parsed.data.o, getDictionary(), {
      english: pair.englishAsShown,
      grammar: getGrammar(),
    });
    if (!lookup) return NextResponse.json({ error: "not-found" }, { status: 404 });
    return NextResponse.json(lookup, { headers: { "Cache-Control": "private, max-age=3600" } });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.code }, { status: 404 });
    console.error("word lookup failed:", error);
    return NextResponse.json({ error: "unknown" }, { status: 500 });
  }
}
