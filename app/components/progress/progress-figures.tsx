import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { percent, type ProgressCell } from "@/lib/progress/class-table";

/**
 * One learner's figures for one lesson as a table cell: state (and late), share read and time, look-ups and saves,
 * on three lines. Plain text with two line breaks rather than an element per figure: a class table has 600 cells,
 * and their markup was most of the page's rendering time.
 */
export function ProgressCellFigures({ lng, cell }: { lng: UiLanguage; cell: ProgressCell }) {
  const t = getT(lng, "progress");
  const state = t(`state.${cell.state}`) + (cell.late ? ` · ${t("figures.late")}` : "");
  return (
    <td className={`progress-cell state-${cell.state}${cell.late ? " late" : ""}`}>
      <b>{state}</b>
      <br />
      {`${t("figures.percentRead", { percent: percent(cell.shareRead) })} · ${t("figures.minutes", { count: cell.minutes })}`}
      <br />
      {`${t("figures.lookups", { count: cell.lookups })} · ${t("figures.saves", { count: cell.saves })}`}
    </td>
  );
}
