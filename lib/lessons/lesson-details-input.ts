import { z } from "zod";
import { LEVELS } from "@/lib/lesson-model/levels";

/** One line of text: runs of white space become one space, ends trimmed. */
const line = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, { message: "tooLong" }));

/** What the owner may change about a lesson after creating it (the field messages are keys of errors.field). */
export const lessonDetailsEditInput = z.object({
  title: line(200).pipe(z.string().min(1, { message: "required" })),
  titleEnglish: line(200),
  summary: z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(1000, { message: "tooLong" })),
  level: z.enum(LEVELS, { message: "required" }),
});

export type LessonDetailsEdit = z.infer<typeof lessonDetailsEditInput>;
export type Level = LessonDetailsEdit["level"];

/** A stored level, checked: anything unknown is shown as B1 (the form then saves a valid one). */
export function toLevel(value: string): Level {
  return (LEVELS as readonly string[]).includes(value) ? (value as Level) : "B1";
}
