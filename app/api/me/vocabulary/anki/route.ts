import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { exportVocabulary } from "@/lib/vocabulary/export-vocabulary.server";
import { ankiTsv } from "@/lib/vocabulary/transfer/anki-tsv";

/** The signed-in learner's vocabulary as a text file for Anki (see ankiTsv); 401 signed out. Nothing of anyone else. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const tsv = ankiTsv(await exportVocabulary(user));
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(tsv, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="leeshulp-anki-${day}.txt"`,
      "Cache-Control": "private, no-store",
    },
  });
}
