import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/roles";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { signOutAction } from "../actions/auth";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ lng, user }: { lng: UiLanguage; user: CurrentUser | null }) {
  const t = getT(lng, "common");
  return (
    <header className="site-header">
      <Link href={`/${lng}`} className="brand">
        {t("appName")}
      </Link>
      <nav aria-label={t("nav.label")} className="site-nav">
        <Link href={`/${lng}`}>{t("nav.lessons")}</Link>
        {user && <Link href={`/${lng}/vocabulary`}>{t("nav.vocabulary")}</Link>}
        {user && <Link href={`/${lng}/lessons/new`}>{t("nav.newLesson")}</Link>}
        {user?.role === "admin" && <Link href={`/${lng}/settings`}>{t("nav.settings")}</Link>}
      </nav>
      <div className="site-account">
        {user ? (
          <form action={signOutAction}>
            <span className="signed-in-as">{t("nav.signedInAs", { name: user.name })}</span>
            <input type="hidden" name="lng" value={lng} />
            <button type="submit" className="link-button">
              {t("nav.signOut")}
            </button>
          </form>
        ) : (
          <>
            <Link href={`/${lng}/sign-in`}>{t("nav.signIn")}</Link>
            <Link href={`/${lng}/register`}>{t("nav.register")}</Link>
          </>
        )}
        <LanguageSwitcher
          lng={lng}
          label={t("language.label")}
          options={(["en", "nl"] as const).map((code) => ({
            code,
            name: t(`language.${code}`),
            action: t("language.switchTo", { language: t(`language.${code}`) }),
          }))}
        />
      </div>
    </header>
  );
}
