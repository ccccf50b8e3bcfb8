import Link from "next/link";
import { formatDay } from "@/app/components/format-day";
import { LearnerLessonsTable } from "@/app/components/progress/learner-lessons-table";
import { WordActivityList } from "@/app/components/progress/word-activity-list";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { learnerActivity } from "@/lib/progress/learner-activity.server";

interface Props {
  params: Promise<{ lng: string; id: string; userId: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "progress")("learner.lessonsCaption") };
}

/** One current member of a class, for its teachers: their reading per assigned lesson and their words. */
export default async function ClassLearnerPage({ params }: Props) {
  const { lng: raw, id, userId } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/classes/${id}/learners/${userId}`);
  const { classroom, activity } = await orNotFound(learnerActivity(user, id, userId));
  const t = getT(lng, "progress");
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/classes/${id}/progress`}>{t("learner.backToProgress")}</Link>
      </p>
      <h1>{t("learner.title", { name: activity.learner.name, className: classroom.name })}</h1>
      <p className="intro">{t("learner.joined", { date: formatDay(lng, activity.learner.joinedAt) })}</p>
      {activity.lessons.length === 0 ? (
        <p>{t("table.noLessons")}</p>
      ) : (
        <LearnerLessonsTable lng={lng} lessons={activity.lessons} captionId="learner-lessons" />
      )}
      <section aria-labelledby="learner-words">
        <h2 id="learner-words">{t("learner.wordsTitle")}</h2>
        <p className="hint">{t("learner.wordsIntro")}</p>
        <WordActivityList lng={lng} words={activity.words} />
      </section>
    </div>
  );
}
