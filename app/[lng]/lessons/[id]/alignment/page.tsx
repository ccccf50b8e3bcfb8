import Link from "next/link";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { getAlignmentDraft } from "@/lib/lessons/lesson-alignment.server";
import { saveAlignmentAction } from "../../../../actions/lessons";
import { AlignmentEditor } from "../../../../components/alignment-editor";
import { errorMessages } from "../../../../components/error-messages";
import { orNotFound, requirePageUser } from "../../../../components/page-access";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export default async function AlignmentPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/lessons/${id}/alignment`);
  const { title, draft } = await orNotFound(getAlignmentDraft(user, id));
  const t = getT(lng, "editor");
  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/my/lessons/${id}`}>{t("backToLesson")}</Link>
      </p>
      <h1>{t("alignmentTitle")}</h1>
      <p lang="nl" className="lesson-english">
        {title}
      </p>
      <p className="intro">{t("alignmentIntro")}</p>
      <AlignmentEditor
        initial={draft}
        readerHref={`/${lng}/my/lessons/${id}`}
        save={saveAlignmentAction.bind(null, id)}
        strings={{
          paragraph: t("paragraph", { number: "{number}" }),
          mergeWithNext: t("mergeWithNext"),
          splitPair: t("splitPair"),
          moveEnglishUp: t("moveEnglishUp"),
          moveEnglishDown: t("moveEnglishDown"),
          noEnglish: t("noEnglish"),
          noDutch: t("noDutch"),
          originalEnglish: getT(lng, "reader")("originalEnglish"),
          save: t("saveAlignment"),
          saving: t("savingAlignment"),
          errors: errorMessages(lng),
        }}
      />
    </div>
  );
}
