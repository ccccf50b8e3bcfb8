import Link from "next/link";
import { SignInRequired } from "@/app/components/sign-in-required";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { importFormStrings } from "@/app/components/vocabulary-transfer/transfer-strings";
import { VocabularyImportForm } from "@/app/components/vocabulary-transfer/vocabulary-import-form";

interface Props {
  params: Promise<{ lng: string }>;
}

export async function generateMetadata({ params }: Props) {
  const { lng } = await params;
  return { title: getT(toUiLanguage(lng), "transfer")("title") };
}

/** Export to Anki or CSV (two downloads), and import of a CSV or TSV file in three steps. Signed-in learners only. */
export default async function VocabularyTransferPage({ params }: Props) {
  const lng = toUiLanguage((await params).lng);
  const t = getT(lng, "transfer");
  const user = await getCurrentUser();
  if (!user) {
    return <SignInRequired lng={lng} title={t("title")} message={t("signInRequired")} path="/vocabulary/transfer" />;
  }
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/vocabulary`}>{t("backToVocabulary")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("exportHeading")}</h2>
        <ul className="transfer-exports">
          <li>
            <a href="/api/me/vocabulary/anki" download>
              {t("ankiLink")}
            </a>
            <p className="hint">{t("ankiHint")}</p>
          </li>
          <li>
            <a href="/api/me/vocabulary/csv" download>
              {t("csvLink")}
            </a>
            <p className="hint">{t("csvHint")}</p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t("importHeading")}</h2>
        <p>{t("importIntro")}</p>
        <VocabularyImportForm lng={lng} strings={importFormStrings(lng)} />
      </section>
    </div>
  );
}
