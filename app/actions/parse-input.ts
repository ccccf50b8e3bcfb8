import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Validates action input; anything malformed is an "invalid-input" error (never an exception to the browser). */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid-input");
  return parsed.data;
}

/** Field-level messages (keys under errors.field) for a form, or null when the input is valid. */
export function fieldErrors<T>(schema: z.ZodType<T>, value: unknown): { data: T } | { fields: Record<string, string> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  return { fields };
}
