import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { exportAccountData } from "@/lib/auth/export-account-data.server";

/** The signed-in user's own data as a JSON download; 401 signed out. Nothing of anyone else. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const data = await exportAccountData(user);
  const day = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="leeshulp-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
