import { z } from "zod";
import { LEVELS } from "@/lib/lesson-model/levels";

export const TRANSLATION_MODES = ["deepl", "pasted", "none"] as const;
export type TranslationMode = (typeof TRANSLATION_MODES)[number];

export const lessonDetailsInput = z.object({
  title: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { message: "required" }).max(200, { message: "tooLong" })),
  level: z.enum(LEVELS),
  mode: z.enum(TRANSLATION_MODES),
});

export type LessonDetails = z.infer<typeof lessonDetailsInput>;
