import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { percent } from "@/lib/progress/class-table";
import type { MemberActivity } from "@/lib/progress/member-activity";
import { formatDay } from "@/app/components/format-day";

/**
 * One learner's figures per assigned lesson, lessons as rows: the teacher's learner page and the learner's own
 * "What my teachers see" show this same table. On a phone each row becomes a stacked card (see globals.css).
 */
export function LearnerLessonsTable({
  lng,
  lessons,
  captionId,
}: {
  lng: UiLanguage;
  lessons: MemberActivity["lessons"];
  captionId: string;
}) {
  const t = getT(lng, "progress");
  const headings = {
    state: t("learner.state"),
    read: t("learner.read"),
    time: t("learner.time"),
    lookups: t("learner.lookups"),
    saves: t("learner.saves"),
    due: t("learner.due"),
  };
  return (
    <table className="learner-table">
      <caption id={captionId}>{t("learner.lessonsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("learner.lesson")}</th>
          {Object.values(headings).map((heading) => (
            <th scope="col" key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lessons.map(({ lesson, cell }) => (
          <tr key={lesson.id}>
            <th scope="row">{lesson.title}</th>
            <td data-label={headings.state}>{t(`state.${cell.state}`)}</td>
            <td data-label={headings.read}>{percent(cell.shareRead)}%</td>
            <td data-label={headings.time}>{t("figures.minutes", { count: cell.minutes })}</td>
            <td data-label={headings.lookups}>{cell.lookups}</td>
            <td data-label={headings.saves}>{cell.saves}</td>
            <td data-label={headings.due}>
              {lesson.dueAt ? formatDay(lng, lesson.dueAt) : t("figures.noDueDate")}
              {cell.late && <span className="badge late">{t("figures.late")}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
