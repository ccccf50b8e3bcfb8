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

export const glossaryTermInput = z.object({
  term: singleLine(100).pipe(z.string().min(1, { message: "required" })),
  english: singleLine(200).pipe(z.string().min(1, { message: "required" })),
  note: singleLine(300),
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
