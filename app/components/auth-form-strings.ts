import "server-only";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/account-input";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { AuthFormStrings } from "./auth-form";
import { errorMessages, fieldErrorMessages } from "./error-messages";

export function authFormStrings(lng: UiLanguage, mode: "sign-in" | "register"): AuthFormStrings {
  const t = getT(lng, "auth");
  const tc = getT(lng, "common");
  const limits = { min: PASSWORD_MIN, max: PASSWORD_MAX, nameMax: NAME_MAX };
  return {
    title: t(mode === "sign-in" ? "signInTitle" : "registerTitle"),
    submit: t(mode === "sign-in" ? "submitSignIn" : "submitRegister"),
    pending: t("pending"),
    email: t("email"),
    password: t("password"),
    passwordHint: mode === "register" ? t("passwordHint", { min: PASSWORD_MIN }) : undefined,
    name: mode === "register" ? t("name") : undefined,
    teacher: mode === "register" ? t("teacherChoice") : undefined,
    teacherHint: mode === "register" ? t("teacherChoiceHint") : undefined,
    switchPrompt: t(mode === "sign-in" ? "noAccount" : "haveAccount"),
    switchLink: tc(mode === "sign-in" ? "nav.register" : "nav.signIn"),
    errors: errorMessages(lng),
    fieldErrors: fieldErrorMessages(lng, limits),
  };
}
