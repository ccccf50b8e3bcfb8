import Link from "next/link";
import { SignInRequired } from "@/app/components/sign-in-required";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { reviewQueue } from "@/lib/vocabulary/review-queue.server";
import { ReviewSession } from "@/app/components/review/review-session";
import { reviewStrings } from "@/app/components/review/review-strings";

interface Props {
  params: Promise<{ lng: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "review")("title") };
}

/** The learner's review: the cards due now, one at a time, graded by keyboard or buttons without page loads. */
export default async function ReviewPage({ params }: Props) {
  const lng = toUiLanguage((await params).lng);
  const t = getT(lng, "review");
  const user = await getCurrentUser();
  if (!user) {
    return <SignInRequired lng={lng} title={t("title")} message={t("signInRequired")} path="/review" />;
  }
  const queue = await reviewQueue(user.id);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      <p>
        <Link href={`/${lng}/settings/review`}>{t("settingsLink")}</Link>
      </p>
      <ReviewSession initialQueue={queue} strings={reviewStrings(lng)} vocabularyHref={`/${lng}/vocabulary`} />
    </div>
  );
}
