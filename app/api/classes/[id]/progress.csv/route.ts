import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { classTableCsvRows, type ProgressCsvLabels } from "@/lib/progress/class-table-csv";
import { classTable } from "@/lib/progress/class-table.server";
import { toCsv } from "@/lib/progress/progress-csv";

function labels(lng: string): ProgressCsvLabels {
  const t = getT(toUiLanguage(lng), "progress");
  return {
    columns: [
      t("csv.learner"),
      t("csv.lesson"),
      t("csv.state"),
      t("csv.percentRead"),
      t("csv.minutes"),
      t("csv.lookups"),
      t("csv.saves"),
      t("csv.due"),
      t("csv.late"),
    ],
    states: { new: t("state.new"), started: t("state.started"), finished: t("state.finished") },
    yes: t("csv.yes"),
    no: t("csv.no"),
  };
}

/**
 * The class's progress table as CSV (one row per learner × lesson), for its teachers; column headings in the
 * language of `?lng=`. 401 signed out, 404 for a class the caller does not teach (or that does not exist).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { id } = await params;
  try {
    const { table } = await classTable(user, id);
    const csv = toCsv(classTableCsvRows(table, labels(request.nextUrl.searchParams.get("lng") ?? "en")));
    const day = new Date().toISOString().slice(0, 10);
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="class-progress-${day}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") {
      return NextResponse.json({ error: "not-found" }, { status: 404 });
    }
    throw error;
  }
}
