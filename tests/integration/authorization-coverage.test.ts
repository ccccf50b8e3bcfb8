import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" }).map((file) =>
    path.join(folder, file),
  );
}

/** The text of every authorisation test: authorization.test.ts and the files under authorization/. */
const authorizationTests = ["tests/integration/authorization.test.ts"]
  .concat(filesUnder("tests/integration/authorization").filter((file) => file.endsWith(".test.ts")))
  .map((file) => readFileSync(path.join(root, file), "utf8"))
  .join("\n");

/**
 * Every server action and every route handler must have an authorisation test that names it: `"classes.joinClassAction"`
 * for an action of app/actions/classes.ts, and the route's folder ("api/classes/[id]/progress") for a route. A new
 * action or route without one fails here.
 */
describe("authorisation coverage", () => {
  it("names every exported server action in an authorisation test", () => {
    const actions = filesUnder("app/actions")
      .filter((file) => readFileSync(path.join(root, file), "utf8").startsWith('"use server"'))
      .flatMap((file) =>
        [...readFileSync(path.join(root, file), "utf8").matchAll(/export async function (\w+)/g)].map(
          (match) => `${path.basename(file, ".ts")}.${match[1]}`,
        ),
      );
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((action) => !authorizationTests.includes(`"${action}"`))).toEqual([]);
  });

  it("names every route handler under app/api in an authorisation test", () => {
    const routes = filesUnder("app/api")
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => path.dirname(file).replace(/^app\//, ""));
    expect(routes.length).toBeGreaterThan(2);
    expect(routes.filter((route) => !authorizationTests.includes(route))).toEqual([]);
  });
});
