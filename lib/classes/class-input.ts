import { z } from "zod";
import { LEVELS } from "@/lib/lesson-model/levels";

export const CLASS_NAME_MAX = 80;
export const CLASS_DESCRIPTION_MAX = 500;
export const CLASS_SIZE_MAX = 500;

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/**
 * A class's details as a form sends them. Messages are keys under errors.field; an empty size limit means none.
 *
 * classDetailsInput.parse({ name: " Klas  3B ", level: "B1", description: "", sizeLimit: "" })
 *   → { name: "Klas 3B", level: "B1", description: "", sizeLimit: null }
 */
export const classDetailsInput = z.object({
  name: z
    .string()
    .transform(oneLine)
    .pipe(z.string().min(1, { message: "required" }).max(CLASS_NAME_MAX, { message: "tooLong" })),
  level: z.enum(LEVELS, { message: "required" }),
  description: z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(CLASS_DESCRIPTION_MAX, { message: "tooLong" })),
  sizeLimit: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(
      z
        .number({ message: "sizeLimit" })
        .int({ message: "sizeLimit" })
        .min(1, { message: "sizeLimit" })
        .max(CLASS_SIZE_MAX, { message: "sizeLimit" })
        .nullable(),
    ),
});

export type ClassDetails = z.infer<typeof classDetailsInput>;

/** A join code as typed; normalizeJoinCode decides whether it can be one. */
export const joinCodeInput = z.string().max(40);

/** The e-mail address of a teacher to invite, compared as accounts store it (lower case). */
export const coTeacherInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "emailInvalid" }));
