import { describe, expect, it } from "vitest";
import { forwardedProtoIsHttps } from "@/lib/http/forwarded-proto";

describe("the scheme the browser used", () => {
  it("is the header Next wrote from its own connection when no proxy is trusted", () => {
    expect(forwardedProtoIsHttps("https", 0)).toBe(true);
    expect(forwardedProtoIsHttps("http", 0)).toBe(false);
    expect(forwardedProtoIsHttps(null, 0)).toBe(false);
  });

  it("is the entry the outermost trusted proxy wrote, whatever a client put left of it", () => {
    expect(forwardedProtoIsHttps("HTTPS", 1)).toBe(true);
    expect(forwardedProtoIsHttps("http, https", 1)).toBe(true);
    expect(forwardedProtoIsHttps("https, http", 1)).toBe(false);
    expect(forwardedProtoIsHttps("https, http", 2)).toBe(true);
    expect(forwardedProtoIsHttps("https", 2)).toBe(true);
  });
});
