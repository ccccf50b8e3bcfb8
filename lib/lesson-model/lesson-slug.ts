import { randomBytes } from "node:crypto";

/**
 * A readable, unique slug for a new lesson: its title in lowercase ASCII, then 8 random hex digits.
 *
 * slugFor("Biden belt Zelenski!") → "biden-belt-zelenski-3fa2c01b"
 */
export function slugFor(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base || "les"}-${randomBytes(4).toString("hex")}`;
}
