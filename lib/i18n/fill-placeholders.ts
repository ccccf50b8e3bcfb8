const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills the `{key}` placeholders that the server leaves in a translated string for client components.
 *
 * Why not `replace` with a replacement string: that string is itself a pattern, so `$&`, `$1`, `$$`, `` $` `` and
 * `$'` in a user's text would be expanded. A replacer function's return value is taken literally, and
 * a single pass means a value is never scanned again, so a name containing "{text}" stays "{text}". A key without a
 * value (or only inherited, such as "toString") is left as written, which makes a missing value easy to spot.
 *
 * fillPlaceholders("Signed in as {name} ({role})", { name: "Tom $& {role}" })
 *   → "Signed in as Tom $& {role} ({role})"
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (placeholder, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : placeholder,
  );
}
