import { NextResponse } from "next/server";
import { db } from "@/lib/db/client.server";

/** How long the database may take to answer before the app counts as unhealthy (a check must answer fast). */
const DATABASE_TIMEOUT_MS = 2_000;

/**
 * For load balancers and monitoring: 200 when the database answers, 503 when it does not (within 2 s). Says nothing
 * about users or data, so anyone may ask; never cached.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("database timed out")), DATABASE_TIMEOUT_MS).unref(),
  );
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return NextResponse.json({ status: "ok" }, { headers });
  } catch (error) {
    console.error("health check failed:", error);
    return NextResponse.json({ status: "unavailable" }, { status: 503, headers });
  }
}
