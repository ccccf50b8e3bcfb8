import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/route";

describe("GET /", () => {
  it("sends the visitor to their language on the address they used, never to the server's own host", () => {
    // What `next start` hands a route handler: a URL built from its own hostname and port.
    const request = new NextRequest("http://localhost:3000/", {
      headers: { host: "leeshulp.school.nl", "accept-language": "nl-NL,nl;q=0.9" },
    });
    const response = GET(request);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/nl");
  });
});
