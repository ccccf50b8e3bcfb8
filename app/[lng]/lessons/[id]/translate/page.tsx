import Link from "next/link";
import { lessonPageMetadata } from "@/app/components/record-page-metadata";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LEVELS } from "@/lib/lesson-model/levels";
import { getLessonTitle } from "@/lib/lessons/get-lesson-title.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { addTranslationAction, translateWithDeeplAction } from "@/app/actions/lessons";
import { ActionButton } from "@/app/components/action-button";
import { errorMessages } from "@/app/components/error-messages";
import { LessonForm } from "@/app/components/lesson-form";
import { lessonFormStrings } from "@/app/components/lesson-form-strings";
import { orNotFound, refusedUpload, requirePageUser } from "@/app/components/page-access";

export const generateMetadata = lessonPageMetadata("editor", "addTranslation");

interface Props {
  params: Promise<{ lng: string; id: string }>;
  searchParams: Promise<{ error?: string | string[] }>;
}

/** Adds a translation to one of the user's lessons: DeepL, or a translation they paste (then aligned). */
export default async function TranslatePage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/lessons/${id}/translate`);
  await orNotFound(requireLesson(user, id, "edit"));
  const title = await getLessonTitle(id, user);
  const t = getT(lng, "editor");
  const deepl = isDeeplConfigured();
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/my/lessons/${id}`}>{t("backToLesson")}</Link>
      </p>
      <h1>{t("addTranslation")}</h1>
      <p lang="nl" className="lesson-english">
        {title}
      </p>
      <section className="glossary-add" aria-labelledby="deepl-heading">
        <h2 id="deepl-heading">{t("translationDeepl")}</h2>
        <p className="hint">{deepl ? t("translationDeeplHint") : t("translationDeeplUnavailable")}</p>
        {deepl && (
          <ActionButton
            action={translateWithDeeplAction.bind(null, id)}
            label={t("translationDeepl")}
            accessibleLabel={t("translationDeepl")}
            errors={errorMessages(lng)}
            successHref={`/${lng}/my/lessons/${id}`}
            className="primary"
          />
        )}
      </section>
      <section className="glossary-add" aria-labelledby="paste-heading">
        <h2 id="paste-heading">{t("translationPasted")}</h2>
        <p className="hint">{t("translationPastedHint")}</p>
        <LessonForm
          lng={lng}
          levels={LEVELS}
          deeplAvailable={deepl}
          translationOnly
          strings={lessonFormStrings(lng, "addTranslation")}
          action={addTranslationAction.bind(null, id)}
          initialError={refusedUpload(await searchParams)}
        />
      </section>
    </div>
  );
}
