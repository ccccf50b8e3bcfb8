import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { getTranslationJob } from "@/lib/translation/get-translation-job.server";

/** Progress of one of the caller's own translation jobs (polled by the reader while DeepL works). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { id } = await params;
  const job = id.length <= 64 ? await getTranslationJob(id, user.id) : null;
  if (!job) return NextResponse.json({ error: "not-found" }, { status: 404 });
  return NextResponse.json(job, { headers: { "Cache-Control": "no-store" } });
}
