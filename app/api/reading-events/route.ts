import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { userErrorCodeOf } from "@/lib/db/storage-full";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";
import { recordReadingEvents } from "@/lib/progress/record-reading-events.server";
import { readingEventBatch } from "@/lib/progress/reading-event-input";
import { readCappedBody } from "./read-capped-body";

/** Far above a full batch of 50 events (about 5 KB), far below anything worth holding in memory. */
const MAX_BODY_BYTES = 16 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  "not-found": 404,
  "invalid-input": 400,
  "too-many-events": 429,
  // A full database or disk: the browser keeps the batch and sends it again later (see outcomeOf).
  "storage-full": 503,
};

const noStore = { "Cache-Control": "private, no-store" };

function refuse(code: ErrorCode, status = STATUS[code] ?? 500): NextResponse {
  return NextResponse.json({ error: code }, { status, headers: noStore });
}

/**
 * A batch of reading events from the reader in the browser: `fetch` on a timer (JSON) or `navigator.sendBeacon` when
 * the page is hidden (which sends text/plain). Answers { tracked, stored }; tracked false tells the browser to stop
 * sending for this lesson.
 */
export async function POST(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return refuse("unauthenticated");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && type !== "text/plain") return refuse("invalid-input");
  const text = await readCappedBody(request, MAX_BODY_BYTES);
  if (text === null) return refuse("invalid-input", 413);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse("invalid-input");
  }
  const batch = readingEventBatch.safeParse(json);
  if (!batch.success) return refuse("invalid-input");
  try {
    return NextResponse.json(await recordReadingEvents(user, batch.data), { headers: noStore });
  } catch (error) {
    if (error instanceof AppError) return refuse(error.code);
    console.error("recording reading events failed:", error);
    return refuse(userErrorCodeOf(error));
  }
}
