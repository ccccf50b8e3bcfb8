import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { registerAction } from "../../actions/auth";
import { AuthForm } from "../../components/auth-form";
import { authFormStrings } from "../../components/auth-form-strings";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }) {
  const { lng } = await params;
  return { title: getT(toUiLanguage(lng), "auth")("registerTitle") };
}

export default async function RegisterPage({ params }: { params: Promise<{ lng: string }> }) {
  const { lng: raw } = await params;
  const lng = toUiLanguage(raw);
  if (await getCurrentUser()) redirect(`/${lng}`);
  return (
    <div className="page narrow">
      <AuthForm
        mode="register"
        lng={lng}
        switchHref={`/${lng}/sign-in`}
        strings={authFormStrings(lng, "register")}
        action={registerAction}
      />
    </div>
  );
}
