import Link from "next/link";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import styles from "./vocabulary-list.module.css";

/** The other vocabulary pages: review, statistics, export and import. */
export function VocabularySectionLinks({ lng }: { lng: UiLanguage }) {
  const t = getT(lng, "vocabulary");
  return (
    <nav aria-label={t("sections")}>
      <ul className={styles.sectionLinks}>
        <li>
          <Link href={`/${lng}/review`}>{t("linkReview")}</Link>
        </li>
        <li>
          <Link href={`/${lng}/vocabulary/stats`}>{t("linkStats")}</Link>
        </li>
        <li>
          <Link href={`/${lng}/vocabulary/transfer`}>{t("linkTransfer")}</Link>
        </li>
      </ul>
    </nav>
  );
}
