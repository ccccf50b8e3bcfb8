import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../locales");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("locales", () => {
  it("has the same namespaces and keys in English and Dutch, none of them empty", () => {
    const namespaces = readdirSync(path.join(root, "en")).sort();
    expect(readdirSync(path.join(root, "nl")).sort()).toEqual(namespaces);
    for (const file of namespaces) {
      const en = JSON.parse(readFileSync(path.join(root, "en", file), "utf8"));
      const nl = JSON.parse(readFileSync(path.join(root, "nl", file), "utf8"));
      expect(keys(nl).sort(), file).toEqual(keys(en).sort());
      for (const text of [...Object.values(en), ...Object.values(nl)]) expect(text).not.toBe("");
    }
  });
});
