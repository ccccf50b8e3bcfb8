import { z } from "zod";
import { dayInZone, startOfDay } from "@/lib/i18n/class-time-zone";

/** The longest instruction a teacher gives with an assignment. */
export const MAX_INSTRUCTION_CHARACTERS = 500;

const day = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" })
      .refine((value) => startOfDay(value) !== null, { message: "invalidDate" })
      .nullable(),
  );

/**
 * The assign form: the classes ticked, an optional start day and due day ("YYYY-MM-DD", due not before start) and
 * an instruction. Field messages are keys of errors.field.
 */
export const assignmentInput = z
  .object({
    classIds: z.array(z.string().min(1).max(64)).min(1, { message: "chooseClass" }).max(100),
    startsOn: day,
    dueOn: day,
    instruction: z.string().trim().max(MAX_INSTRUCTION_CHARACTERS, { message: "instructionTooLong" }),
  })
  .refine((input) => !input.startsOn || !input.dueOn || input.dueOn >= input.startsOn, {
    message: "dueBeforeStart",
    path: ["dueOn"],
  });

export type AssignmentInput = z.infer<typeof assignmentInput>;

/** The day of a stored start or due time, for the form ("YYYY-MM-DD" in the classes' time zone). */
export function dayOf(date: Date | null): string {
  return date ? dayInZone(date) : "";
}
