import { setTeacherRoleAction } from "@/app/actions/classes";
import { ActionButton } from "@/app/components/action-button";
import { errorMessages } from "@/app/components/error-messages";
import type { CurrentUser } from "@/lib/auth/roles";
import { getTeacherRole } from "@/lib/classes/get-teacher-role.server";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

/** Settings: the "Teacher account" switch (learners and teachers; an administrator's role is set by command). */
export async function TeacherRoleSection({ lng, user }: { lng: UiLanguage; user: CurrentUser }) {
  const t = getT(lng, "auth");
  const status = await getTeacherRole(user);
  const switchable = status.canSwitch && !(status.revoked && !status.isTeacher);
  const explanation = !status.canSwitch
    ? t("teacherAdmin")
    : status.revoked && !status.isTeacher
      ? t("teacherRevoked")
      : t(status.isTeacher ? "teacherOn" : "teacherOff");
  return (
    <section aria-labelledby="teacher-heading">
      <h2 id="teacher-heading">{t("teacherTitle")}</h2>
      <p>{explanation}</p>
      {status.isTeacher && status.canSwitch && status.activeClasses > 0 && (
        <p className="hint">{t("teacherStillTeaching")}</p>
      )}
      {switchable && (
        <ActionButton
          action={setTeacherRoleAction.bind(null, !status.isTeacher)}
          label={t(status.isTeacher ? "teacherSwitchOff" : "teacherSwitchOn")}
          accessibleLabel={t(status.isTeacher ? "teacherSwitchOff" : "teacherSwitchOn")}
          errors={errorMessages(lng)}
        />
      )}
    </section>
  );
}
