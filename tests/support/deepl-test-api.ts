import { afterEach, beforeEach } from "vitest";
import { createDeeplApi, type DeeplApi, type DeeplApiOptions } from "@/lib/translation/deepl-api.server";
import { DeeplMockServer } from "./deepl-mock-server";

/**
 * A fresh DeepL-compatible server for each test, and the real deepl-node client pointed at it. Two attempts per
 * request: enough to see a retry (deepl-node waits about 1 s before it).
 */
export function withDeeplTestServer(defaults: Partial<DeeplApiOptions> = {}) {
  let mock: DeeplMockServer | undefined;
  beforeEach(async () => {
    mock = await DeeplMockServer.start();
  });
  afterEach(async () => {
    await mock?.close();
  });
  return {
    get mock(): DeeplMockServer {
      if (!mock) throw new Error("the DeepL test server runs only inside a test");
      return mock;
    },
    api(options: Partial<DeeplApiOptions> = {}): DeeplApi {
      return createDeeplApi({
        authKey: this.mock.authKey,
        serverUrl: this.mock.url,
        targetLang: "en-GB",
        maxRetries: 2,
        ...defaults,
        ...options,
      });
    },
  };
}
