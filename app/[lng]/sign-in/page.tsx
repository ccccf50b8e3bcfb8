import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { signInAction } from "../../actions/auth";
import { AuthForm } from "../../components/auth-form";
import { authFormStrings } from "../../components/auth-form-strings";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }) {
  const { lng } = await params;
  return { title: getT(toUiLanguage(lng), "auth")("signInTitle") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { lng: raw } = await params;
  const lng = toUiLanguage(raw);
  if (await getCurrentUser()) redirect(`/${lng}`);
  const { next } = await searchParams;
  return (
    <div className="page narrow">
      <AuthForm
        mode="sign-in"
        lng={lng}
        next={typeof next === "string" ? next : undefined}
        switchHref={`/${lng}/register`}
        strings={authFormStrings(lng, "sign-in")}
        action={signInAction}
      />
    </div>
  );
}
