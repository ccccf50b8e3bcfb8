import Link from "next/link";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LIST_STATUSES } from "@/lib/vocabulary/list-status";
import type { VocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";
import styles from "./vocabulary-list.module.css";

interface Props {
  lng: UiLanguage;
  params: VocabularyListParams;
  lessons: { id: string; title: string }[];
}

/**
 * Search and filters as a plain GET form: every view of the list has its own URL (bookmarkable, shareable, the
 * back button works), and a new search starts at page 1 because the form sends no page.
 */
export function VocabularyFilters({ lng, params, lessons }: Props) {
  const t = getT(lng, "vocabulary");
  const filtered = params.query !== "" || params.status !== undefined || params.lesson !== undefined;
  return (
    <form role="search" className={styles.filters} action={`/${lng}/vocabulary`}>
      <div className={`${styles.field} ${styles.wide}`}>
        <label htmlFor="vocabulary-search">{t("search")}</label>
        <input
          id="vocabulary-search"
          name="q"
          type="search"
          defaultValue={params.query}
          maxLength={100}
          aria-describedby="vocabulary-search-hint"
        />
        <span id="vocabulary-search-hint" className={styles.hint}>
          {t("searchHint")}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor="vocabulary-status">{t("statusFilter")}</label>
        <select id="vocabulary-status" name="status" defaultValue={params.status ?? ""}>
          <option value="">{t("statusAll")}</option>
          {LIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status_${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="vocabulary-lesson">{t("lessonFilter")}</label>
        <select id="vocabulary-lesson" name="lesson" defaultValue={params.lesson ?? ""}>
          <option value="">{t("lessonAll")}</option>
          {lessons.map((lesson) => (
            <option key={lesson.id} value={lesson.id}>
              {lesson.title}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filterActions}>
        <button type="submit">{t("searchButton")}</button>
        {filtered && <Link href={`/${lng}/vocabulary`}>{t("clear")}</Link>}
      </div>
    </form>
  );
}
