/**
 * Runs the project's DeepL-compatible test server on its own, for the end-to-end tests (scripts/e2e-server.sh):
 *   npx tsx tests/support/serve-deepl-mock.ts <port> <latency ms>
 */
import { DeeplMockServer } from "./deepl-mock-server";

async function main(): Promise<void> {
  const [port = "3211", latency = "0"] = process.argv.slice(2);
  const mock = await DeeplMockServer.start({ port: Number(port), authKey: "e2e-key" });
  mock.latencyMs = Number(latency);
  console.log(`DeepL test server on ${mock.url}`);
  process.on("SIGTERM", () => void mock.close().then(() => process.exit(0)));
}

void main();
