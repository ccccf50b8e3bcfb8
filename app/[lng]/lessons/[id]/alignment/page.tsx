import Link from "next/link";
import { lessonPageMetadata } from "@/app/components/record-page-metadata";
import { AppError } from "@/lib/errors/app-error";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { getAlignmentDraft } from "@/lib/lessons/lesson-alignment.server";
import { saveAlignmentAction } from "../../../../actions/lessons";
import { AlignmentEditor } from "../../../../components/alignment-editor";
import { errorMessage, errorMessages } from "../../../../components/error-messages";
import { orNotFound, requirePageUser } from "../../../../components/page-access";

export const generateMetadata = lessonPageMetadata("editor", "alignmentTitle");

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export default async function AlignmentPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/lessons/${id}/alignment`);
  const t = getT(lng, "editor");
  const back = (
    <p>
      <Link href={`/${lng}/my/lessons/${id}`}>{t("backToLesson")}</Link>
    </p>
  );
  const loaded = await orNotFound(getAlignmentDraft(user, id)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "too-long-to-correct") return null;
    throw error;
  });
  if (!loaded) {
    return (
      <div className="page">
        {back}
        <h1>{t("alignmentTitle")}</h1>
        <p role="status">{errorMessage(lng, "too-long-to-correct")}</p>
      </div>
    );
  }
  const { title, draft } = loaded;
  return (
    <div className="page wide">
      {back}
      <h1>{t("alignmentTitle")}</h1>
      <p lang="nl" className="lesson-english">
        {title}
      </p>
      <p className="intro">{t("alignmentIntro")}</p>
      <p className="intro" id="alignment-save-hint">
        {t("alignmentSaveHint")}
      </p>
      <AlignmentEditor
        initial={draft}
        readerHref={`/${lng}/my/lessons/${id}`}
        save={saveAlignmentAction.bind(null, id)}
        saveHintId="alignment-save-hint"
        strings={{
          paragraph: t("paragraph", { number: "{number}" }),
          mergeWithNext: t("mergeWithNext"),
          splitPair: t("splitPair"),
          moveEnglishUp: t("moveEnglishUp"),
          moveEnglishDown: t("moveEnglishDown"),
          noEnglish: t("noEnglish"),
          noDutch: t("noDutch"),
          originalEnglish: getT(lng, "reader")("originalEnglish"),
          undo: t("undoAlignment"),
          reset: t("resetAlignment"),
          unsaved: t("alignmentUnsaved"),
          save: t("saveAlignment"),
          saving: t("savingAlignment"),
          errors: errorMessages(lng),
        }}
      />
    </div>
  );
}
