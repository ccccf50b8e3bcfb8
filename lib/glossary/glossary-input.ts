import { z } from "zod";

/** Terms go to DeepL glossaries too, which refuse tabs and line breaks; keep them single-line and short. */
const singleLine = (max: number) =>
  z
    .string()
    .transform((value) =>
      value
        .replace(/[\t\r\n\u0000-\u001f\u007f]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().max(max, { message: "tooLong" }));

/**
 * A note for learners (never sent to DeepL): its line breaks are kept, at most one blank line in a row, and other
 * control characters become spaces. Readers show it with `white-space: pre-line`, never as HTML.
 */
const multiLine = (max: number) =>
  z
    .string()
    .transform((value) =>
      value
        .replace(/\r\n?/g, "\n")
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, " ")
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim(),
    )
    .pipe(z.string().max(max, { message: "tooLong" }));

export const glossaryTermInput = z.object({
  term: singleLine(100).pipe(z.string().min(1, { message: "required" })),
  english: singleLine(200).pipe(z.string().min(1, { message: "required" })),
  note: multiLine(300),
  /** Comma-separated extra forms. */
  variants: z
    .string()
    .max(1000)
    .transform((value) =>
      [...new Set(value.split(",").map((variant) => variant.replace(/\s+/g, " ").trim()))].filter(Boolean),
    )
    .pipe(z.array(z.string().max(100, { message: "tooLong" })).max(10, { message: "tooMany" })),
});

export type GlossaryTermInput = z.infer<typeof glossaryTermInput>;
