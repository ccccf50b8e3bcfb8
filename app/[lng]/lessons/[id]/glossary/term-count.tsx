import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

/**
 * How often the reader marks a glossary term in the lesson's text. A term it never marks is a warning: the term is
 * misspelt, or the text uses a form that belongs under "Other forms".
 */
export function TermCount({ id, count, lng }: { id: string; count: number; lng: UiLanguage }) {
  const t = getT(lng, "editor");
  if (count > 0) {
    return (
      <p id={id} className="term-count">
        {t("termFound", { count })}
      </p>
    );
  }
  return (
    <p id={id} className="term-count is-missing">
      <span className="term-count-icon" role="img" aria-label={t("warning")}>
        ⚠
      </span>{" "}
      {t("termNotFound")}
    </p>
  );
}
