import Link from "next/link";
import { deleteAccountAction } from "@/app/actions/account";
import { errorMessages } from "@/app/components/error-messages";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { DeleteAccountForm } from "./delete-account-form";

/** The settings page's "Your data": what teachers see, a download of everything, and deleting the account. */
export function YourDataSection({ lng }: { lng: UiLanguage }) {
  const t = getT(lng, "progress");
  return (
    <section aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t("account.title")}</h2>
      <ul>
        <li>
          <Link href={`/${lng}/settings/privacy`}>{t("account.privacyLink")}</Link>
        </li>
        <li>
          <a href="/api/me/data" download aria-describedby="download-hint">
            {t("account.download")}
          </a>
          <p id="download-hint" className="hint">
            {t("account.downloadHint")}
          </p>
        </li>
      </ul>
      <h3>{t("account.deleteTitle")}</h3>
      <DeleteAccountForm
        lng={lng}
        action={deleteAccountAction}
        strings={{
          warning: t("account.deleteWarning"),
          password: t("account.password"),
          passwordHint: t("account.passwordHint"),
          delete: t("account.delete"),
          errors: errorMessages(lng),
        }}
      />
    </section>
  );
}
