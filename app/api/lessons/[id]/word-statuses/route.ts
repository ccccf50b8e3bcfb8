import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { lessonWordStatuses } from "@/lib/lessons/lesson-word-statuses.server";

const query = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

/**
 * The signed-in learner's word statuses for a page of a lesson they may read, for colouring the text (see
 * LessonWordStatuses). 401 signed out, 404 for a lesson or page they cannot read. Never cached: statuses change.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid-input" }, { status: 400 });
  const { id } = await params;
  try {
    const statuses = await lessonWordStatuses(user, id, parsed.data.page);
    return NextResponse.json(statuses, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.code }, { status: 404 });
    console.error("word statuses failed:", error);
    return NextResponse.json({ error: "unknown" }, { status: 500 });
  }
}
