import { addCoTeacherAction, removeLearnerAction } from "@/app/actions/classes";
import { ConfirmActionButton } from "@/app/components/confirm-action-button";
import { errorMessages, fieldErrorMessages } from "@/app/components/error-messages";
import type { TaughtClass } from "@/lib/classes/taught-class";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { CoTeacherForm } from "./co-teacher-form";
import { formatDay } from "@/app/components/format-day";

/** The class's learners (each removable, after a confirmation) and teachers (co-teachers invited by e-mail). */
export function ClassPeople({ lng, taught }: { lng: UiLanguage; taught: TaughtClass }) {
  const t = getT(lng, "classes");
  const errors = errorMessages(lng);
  const editable = !taught.archived;
  return (
    <>
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">
          {t("learnersTitle")} ({taught.learners.length})
        </h2>
        <p className="hint">
          {taught.sizeLimit === null ? t("noSizeLimit") : t("sizeLimitShown", { limit: taught.sizeLimit })}
        </p>
        {taught.learners.length === 0 ? (
          <p>{t("learnersEmpty")}</p>
        ) : (
          <ul className="people-list">
            {taught.learners.map((learner) => (
              <li key={learner.userId}>
                <span>
                  <strong>{learner.name}</strong> <span className="hint">{learner.email}</span>
                </span>
                <span className="hint">{t("joinedOn", { date: formatDay(lng, learner.since) })}</span>
                {editable && (
                  <ConfirmActionButton
                    action={removeLearnerAction.bind(null, taught.id, learner.userId)}
                    label={t("remove")}
                    question={t("removeQuestion", { name: learner.name })}
                    confirm={t("removeConfirm")}
                    cancel={t("cancel")}
                    errors={errors}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="teachers-heading">
        <h2 id="teachers-heading">{t("teachersTitle")}</h2>
        <ul className="people-list">
          {taught.teachers.map((teacher) => (
            <li key={teacher.userId}>
              <span>
                <strong>{teacher.name}</strong> <span className="hint">{teacher.email}</span>
              </span>
              <span className="hint">{t("addedOn", { date: formatDay(lng, teacher.since) })}</span>
            </li>
          ))}
        </ul>
        {editable && (
          <>
            <h3>{t("inviteTitle")}</h3>
            <CoTeacherForm
              action={addCoTeacherAction.bind(null, taught.id)}
              strings={{
                email: t("inviteEmail"),
                hint: t("inviteHint"),
                submit: t("invite"),
                done: t("invited"),
                errors,
                fieldErrors: fieldErrorMessages(lng),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
