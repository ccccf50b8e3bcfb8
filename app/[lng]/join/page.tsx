import { joinClassAction } from "@/app/actions/classes";
import { JoinClassForm } from "@/app/components/classes/join-class-form";
import { errorMessages } from "@/app/components/error-messages";
import { requirePageUser } from "@/app/components/page-access";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "classes")("joinTitle") };
}

/** "Join a class": the code from the teacher's link (?code=) is filled in; signing in first brings the user back. */
export default async function JoinPage({ params, searchParams }: Props) {
  const lng = toUiLanguage((await params).lng);
  const { code } = await searchParams;
  const initialCode = typeof code === "string" ? code.slice(0, 40) : "";
  const query = initialCode ? `?code=${encodeURIComponent(initialCode)}` : "";
  await requirePageUser(lng, `/${lng}/join${query}`);
  const t = getT(lng, "classes");
  return (
    <div className="page narrow">
      <h1>{t("joinTitle")}</h1>
      <p className="intro">{t("joinIntro")}</p>
      <JoinClassForm
        lng={lng}
        initialCode={initialCode}
        action={joinClassAction}
        strings={{
          code: t("code"),
          hint: t("codeHint"),
          submit: t("joinSubmit"),
          pending: t("pending"),
          errors: errorMessages(lng),
        }}
      />
    </div>
  );
}
