import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 80;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "emailInvalid" }));

/** Messages are keys under errors.field in the locales. */
export const registrationInput = z.object({
  name: z.string().trim().min(1, { message: "nameRequired" }).max(NAME_MAX, { message: "nameTooLong" }),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN, { message: "passwordTooShort" })
    .max(PASSWORD_MAX, { message: "passwordTooLong" }),
  /** The roles an account may choose itself ("I teach Dutch"); administrators are made with `npm run user:role`. */
  role: z.enum(["learner", "teacher"]).default("learner"),
});

export const credentialsInput = z.object({
  email,
  password: z.string().min(1).max(PASSWORD_MAX),
});
