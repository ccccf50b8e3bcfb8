import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./app-process";

/**
 * The crash tests start the built app. `npm test` runs them after the end-to-end tests, which build it; run on their
 * own with no build at all, they build once first (and say so) instead of failing.
 */
export default function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  console.log("no build in .next: running next build for the crash tests");
  execFileSync("npx", ["next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
