// Stops the end-to-end tests early, with instructions, when no system Chromium is installed.
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";

if (!chromiumPath()) {
  console.error(
    [
      "End-to-end tests need a system Chromium, and none was found.",
      "Install one with:  sudo apt-get update && sudo apt-get install -y chromium",
      "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
  process.exit(1);
}
