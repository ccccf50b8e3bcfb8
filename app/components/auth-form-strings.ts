import "server-only";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/account-input";
import { ERROR_CODES } from "@/lib/errors/app-error";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { AuthFormStrings } from "./auth-form";

export function authFormStrings(lng: UiLanguage, mode: "sign-in" | "register"): AuthFormStrings {
  const t = getT(lng, "auth");
  const te = getT(lng, "errors");
  const tc = getT(lng, "common");
  const limits = { min: PASSWORD_MIN, max: PASSWORD_MAX };
  return {
    title: t(mode === "sign-in" ? "signInTitle" : "registerTitle"),
    submit: t(mode === "sign-in" ? "submitSignIn" : "submitRegister"),
    pending: t("pending"),
    email: t("email"),
    password: t("password"),
    passwordHint: mode === "register" ? t("passwordHint", { min: PASSWORD_MIN }) : undefined,
    name: mode === "register" ? t("name") : undefined,
    switchPrompt: t(mode === "sign-in" ? "noAccount" : "haveAccount"),
    switchLink: tc(mode === "sign-in" ? "nav.register" : "nav.signIn"),
    errors: Object.fromEntries(ERROR_CODES.map((code) => [code, te(code)])),
    fieldErrors: {
      emailInvalid: te("field.emailInvalid"),
      passwordTooShort: te("field.passwordTooShort", limits),
      passwordTooLong: te("field.passwordTooLong", limits),
      nameRequired: te("field.nameRequired"),
      nameTooLong: te("field.nameTooLong", { max: NAME_MAX }),
    },
  };
}
