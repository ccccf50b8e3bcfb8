import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LEVELS } from "@/lib/lesson-model/levels";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import { createLessonAction } from "../../../actions/lessons";
import { LessonForm } from "../../../components/lesson-form";
import { lessonFormStrings } from "../../../components/lesson-form-strings";
import { refusedUpload, requirePageUser } from "../../../components/page-access";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }) {
  return { title: getT(toUiLanguage((await params).lng), "editor")("newLesson") };
}

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ error?: string | string[] }>;
}

export default async function NewLessonPage({ params, searchParams }: Props) {
  const lng = toUiLanguage((await params).lng);
  await requirePageUser(lng, `/${lng}/lessons/new`);
  const t = getT(lng, "editor");
  return (
    <div className="page">
      <h1>{t("newLesson")}</h1>
      <p className="intro">{t("newLessonIntro")}</p>
      <LessonForm
        lng={lng}
        levels={LEVELS}
        deeplAvailable={isDeeplConfigured()}
        strings={lessonFormStrings(lng, "create")}
        action={createLessonAction}
        initialError={refusedUpload(await searchParams)}
      />
    </div>
  );
}
