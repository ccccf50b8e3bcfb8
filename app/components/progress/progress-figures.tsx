import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { percent, type ProgressCell } from "@/lib/progress/class-table";

/** One learner's figures for one lesson, compact enough for a table cell: state, share read, time, words, late. */
export function ProgressFigures({ lng, cell }: { lng: UiLanguage; cell: ProgressCell }) {
  const t = getT(lng, "progress");
  return (
    <div className="progress-figures">
      <span className={`state state-${cell.state}`}>{t(`state.${cell.state}`)}</span>
      {cell.late && <span className="badge late">{t("figures.late")}</span>}
      <span>{t("figures.percentRead", { percent: percent(cell.shareRead) })}</span>
      <span>{t("figures.minutes", { count: cell.minutes })}</span>
      <span>{t("figures.lookups", { count: cell.lookups })}</span>
      <span>{t("figures.saves", { count: cell.saves })}</span>
    </div>
  );
}
