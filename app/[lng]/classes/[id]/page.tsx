import Link from "next/link";
import { archiveClassAction, restoreClassAction, updateClassAction } from "@/app/actions/classes";
import { ActionButton } from "@/app/components/action-button";
import { ClassAssignments } from "@/app/components/classes/class-assignments";
import { ClassDetailsForm } from "@/app/components/classes/class-details-form";
import { classDetailsFormStrings } from "@/app/components/classes/class-form-strings";
import { ClassPeople } from "@/app/components/classes/class-people";
import { JoinCodePanel } from "@/app/components/classes/join-code-panel";
import { ConfirmActionButton } from "@/app/components/confirm-action-button";
import { errorMessages } from "@/app/components/error-messages";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { classPageMetadata } from "@/app/components/record-page-metadata";
import { getTaughtClass } from "@/lib/classes/get-taught-class.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LEVELS } from "@/lib/lesson-model/levels";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export const generateMetadata = classPageMetadata((_lng, className) => className);

/** A class as its teachers see it: code, details, learners, co-teachers, lessons; read-only once archived. */
export default async function ClassPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/classes/${id}`);
  const taught = await orNotFound(getTaughtClass(user, id));
  const t = getT(lng, "classes");
  const errors = errorMessages(lng);
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/classes`}>{t("backToClasses")}</Link>
      </p>
      <h1>{taught.name}</h1>
      <p className="lesson-meta">
        <span className="level-badge" aria-label={t("level", { level: taught.level })}>
          {taught.level}
        </span>
        <Link href={`/${lng}/classes/${taught.id}/progress`}>{t("progressLink")}</Link>
        <span>{t("progressHint")}</span>
      </p>
      {taught.description && <p className="class-description">{taught.description}</p>}
      {taught.archived && (
        <div className="notice" role="note">
          <p>{t("archivedNotice")}</p>
          <ActionButton
            action={restoreClassAction.bind(null, taught.id)}
            label={t("restore")}
            accessibleLabel={t("restore")}
            errors={errors}
          />
        </div>
      )}
      <JoinCodePanel lng={lng} taught={taught} />
      {!taught.archived && (
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t("detailsTitle")}</h2>
          <ClassDetailsForm
            idPrefix="class"
            lng={lng}
            levels={LEVELS}
            action={updateClassAction.bind(null, taught.id)}
            strings={classDetailsFormStrings(lng, "save")}
            initial={taught}
          />
        </section>
      )}
      <ClassPeople lng={lng} taught={taught} />
      <ClassAssignments lng={lng} taught={taught} />
      {!taught.archived && (
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t("archiveTitle")}</h2>
          <p className="hint">{t("archiveHint")}</p>
          <ConfirmActionButton
            action={archiveClassAction.bind(null, taught.id)}
            label={t("archive")}
            question={t("archiveQuestion", { name: taught.name })}
            confirm={t("archiveConfirm")}
            cancel={t("cancel")}
            errors={errors}
          />
        </section>
      )}
    </div>
  );
}
