import "server-only";
import { errorMessages, fieldErrorMessages } from "@/app/components/error-messages";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { ClassDetailsFormStrings } from "./class-details-form";

/** The class details form's strings, for creating (`create`) or saving an existing class. */
export function classDetailsFormStrings(lng: UiLanguage, mode: "create" | "save"): ClassDetailsFormStrings {
  const t = getT(lng, "classes");
  return {
    name: t("name"),
    nameHint: t("nameHint"),
    level: t("levelLabel"),
    description: t("description"),
    sizeLimit: t("sizeLimit"),
    sizeLimitHint: t("sizeLimitHint"),
    submit: t(mode),
    pending: t("pending"),
    saved: t("saved"),
    errors: errorMessages(lng),
    fieldErrors: fieldErrorMessages(lng),
  };
}
