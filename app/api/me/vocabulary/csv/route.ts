import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { exportVocabulary } from "@/lib/vocabulary/export-vocabulary.server";
import { vocabularyCsv } from "@/lib/vocabulary/transfer/vocabulary-csv";

/** The signed-in learner's whole vocabulary with statuses as CSV (see vocabularyCsv); 401 signed out. Only their own. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const csv = vocabularyCsv(await exportVocabulary(user));
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leeshulp-vocabulary-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
