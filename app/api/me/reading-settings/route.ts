import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { accountReadingSettings } from "@/lib/reading/account-reading-settings.server";

/**
 * The signed-in learner's reading settings kept with their account ({ settings: null } when none are), asked by the
 * browser after a page loads, so the cached pages stay the same for everyone; 401 signed out. Never cached.
 */
export async function GET() {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers });
  return NextResponse.json({ settings: await accountReadingSettings(user.id) }, { headers });
}
