import Link from "next/link";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";

/** The same for every visitor (so pages can be cached); the account part fills in in the browser. */
export function SiteHeader({ lng }: { lng: UiLanguage }) {
  const t = getT(lng, "common");
  return (
    <header className="site-header">
      <Link href={`/${lng}`} className="brand">
        {t("appName")}
      </Link>
      <nav aria-label={t("nav.label")} className="site-nav">
        <Link href={`/${lng}`}>{t("nav.lessons")}</Link>
        <AccountMenu
          lng={lng}
          strings={{
            vocabulary: t("nav.vocabulary"),
            review: t("nav.review"),
            classes: t("nav.classes"),
            newLesson: t("nav.newLesson"),
            settings: t("nav.settings"),
            signIn: t("nav.signIn"),
            register: t("nav.register"),
            signOut: t("nav.signOut"),
            signedInAs: t("nav.signedInAs", { name: "{name}" }),
          }}
        />
      </nav>
      <div className="site-account">
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
