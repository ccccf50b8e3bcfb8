import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";

/** A message's two plural forms, as the server words them with an "{n}" left for the number (English and Dutch). */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * A template from the server with its "{name}" placeholders filled in (numbers formatted for the UI language).
 *
 * fill("Row {row}: no Dutch word", { row: 7 }, "en") → "Row 7: no Dutch word"
 */
export function fill(template: string, values: Record<string, string | number>, lng: string): string {
  const formatted = Object.entries(values).map(([name, value]) => [
    name,
    typeof value === "number" ? value.toLocaleString(lng) : value,
  ]);
  return fillPlaceholders(template, Object.fromEntries(formatted) as Record<string, string>);
}

/** The plural form for `n` with the number filled in: plural({ one: "{n} row", other: "{n} rows" }, 2, "en") → "2 rows". */
export function plural(forms: PluralForms, n: number, lng: string): string {
  const form = new Intl.PluralRules(lng).select(n) === "one" ? forms.one : forms.other;
  return fill(form, { n }, lng);
}
