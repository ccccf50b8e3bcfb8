import { z } from "zod";
import { dayInZone, endOfDay, startOfDay } from "@/lib/i18n/class-time-zone";

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
      .refine((value) => dayStart(value) !== null, { message: "invalidDate" })
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

/**
 * Days are calendar days where the classes are (CLASS_TIME_ZONE): a start day begins at its midnight there, a due
 * day ends at its last millisecond. Null for a day that does not exist ("2026-02-30").
 *
 * dayStart("2027-01-31") → 2027-01-30T23:00:00.000Z · dayEnd("2027-01-31") → 2027-01-31T22:59:59.999Z
 */
export const dayStart = (day: string): Date | null => startOfDay(day);
export const dayEnd = (day: string): Date | null => endOfDay(day);

/** The day of a stored start or due time, for the form ("YYYY-MM-DD" in the classes' time zone). */
export function dayOf(date: Date | null): string {
  return date ? dayInZone(date) : "";
}
