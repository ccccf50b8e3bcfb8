import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { sentencePairOfLesson } from "@/lib/lesson-model/sentence-of-lesson.server";

type SentencePair = Awaited<ReturnType<typeof sentencePairOfLesson>>;

const pairQuery = z.object({
  p: z.string().min(1).max(64),
  s: z.coerce.number().int().min(0).max(10_000),
});

/**
 * The answer of a GET about sentence `s` of paragraph `p` of a lesson the caller may read (the word card's routes):
 * the query checked against `pairQuery` and `extra` (400 "invalid-input"), the pair read through the lesson policy
 * (404 with the error's code when the caller may not read it or it does not exist), then `answer`'s body, cached
 * privately for an hour (404 "not-found" when it gives none). `failure` names the work in the server's log.
 */
export async function answerAboutSentencePair<Extra extends z.ZodRawShape>(
  request: NextRequest,
  params: Promise<{ id: string }>,
  extra: Extra,
  failure: string,
  answer: (pair: SentencePair, query: z.infer<z.ZodObject<Extra>>) => object | null,
): Promise<NextResponse> {
  const searchParams = Object.fromEntries(request.nextUrl.searchParams);
  const where = pairQuery.safeParse(searchParams);
  const rest = z.object(extra).safeParse(searchParams);
  if (!where.success || !rest.success) return NextResponse.json({ error: "invalid-input" }, { status: 400 });
  const { id } = await params;
  try {
    const pair = await sentencePairOfLesson(await getCurrentUser(), id, where.data.p, where.data.s);
    const body = answer(pair, rest.data);
    if (!body) return NextResponse.json({ error: "not-found" }, { status: 404 });
    return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=3600" } });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.code }, { status: 404 });
    console.error(`${failure} failed:`, error);
    return NextResponse.json({ error: "unknown" }, { status: 500 });
  }
}
