import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";

const require = createRequire(import.meta.url);

describe("import limits", () => {
  it("fit inside Next's request limit, so the app's own messages answer every refused upload", () => {
    const config = require("../../next.config.js") as { experimental: { serverActions: { bodySizeLimit: string } } };
    const megabytes = Number(/^(\d+)mb$/.exec(config.experimental.serverActions.bodySizeLimit)?.[1]);
    expect(megabytes * 1024 * 1024).toBe(IMPORT_LIMITS.maxRequestBytes);
    // The browser sends two files at their limit and two text areas at theirs (the form refuses more than twice the
    // characters a lesson may have; at most 3 bytes a character in UTF-8) with room for the form's other fields.
    const largestForm = 2 * IMPORT_LIMITS.maxFileBytes + 2 * 3 * (2 * IMPORT_LIMITS.maxCharacters) + 256 * 1024;
    expect(largestForm).toBeLessThan(IMPORT_LIMITS.maxRequestBytes);
  });
});
