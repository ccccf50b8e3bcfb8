import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from "@/lib/i18n/languages";

/** The UI language a form was sent from (its hidden "lng" field), for the page an action redirects to. */
export function formLanguage(formData: FormData): UiLanguage {
  const lng = formData.get("lng");
  return isUiLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
