import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";

/** Who is signed in, for the parts of cached pages that differ per visitor (header, save buttons). */
export async function GET() {
  const user = await getCurrentUser();
  return NextResponse.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
