import "server-only";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { errorMessages, fieldErrorMessages } from "./error-messages";
import type { LessonFormStrings } from "./lesson-form";

export function lessonFormStrings(lng: UiLanguage, submit: "create" | "addTranslation"): LessonFormStrings {
  const t = getT(lng, "editor");
  return {
    title: t("title"),
    titleProposed: t("titleProposed"),
    level: t("level"),
    dutchText: t("dutchText"),
    dutchTextHint: t("dutchTextHint"),
    dutchFile: t("dutchFile"),
    translationLegend: t("translationLegend"),
    modes: {
      deepl: [t("translationDeepl"), t("translationDeeplHint")],
      pasted: [t("translationPasted"), t("translationPastedHint")],
      none: [t("translationNone"), t("translationNoneHint")],
    },
    deeplUnavailable: t("translationDeeplUnavailable"),
    englishText: t("englishText"),
    englishFile: t("englishFile"),
    submit: t(submit),
    // Adding a translation works on a lesson that exists already: "Creating the lesson…" would say otherwise.
    pending: t(submit === "create" ? "creating" : "addingTranslation"),
    errors: errorMessages(lng),
    fieldErrors: fieldErrorMessages(lng),
  };
}
