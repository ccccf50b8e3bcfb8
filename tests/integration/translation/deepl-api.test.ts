import { describe, expect, it } from "vitest";
import { getDeeplUsage } from "@/lib/translation/get-deepl-usage.server";
import { TranslationError, type TranslationErrorCode } from "@/lib/translation/translation-error";
import { DeeplMockServer } from "@/tests/support/deepl-mock-server";
import { withDeeplTestServer } from "@/tests/support/deepl-test-api";

const server = withDeeplTestServer({ minTimeout: 200 });

async function errorCodeOf(promise: Promise<unknown>): Promise<TranslationErrorCode> {
  const error = await promise.then(
    () => null,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(TranslationError);
  return (error as TranslationError).code;
}

const tagged = "<s>De kat slaapt.</s> <s>Het huis is groot.</s>";

describe("DeepL adapter against the test server", () => {
  it("translates sentence-tagged Dutch into the configured English, keeping the tags", async () => {
    const [result] = await server.api({ targetLang: "en-US" }).translateSentenceTagged([tagged], null);

    expect(result).toEqual({
      text: "<s>EN: The cat sleeps.</s> <s>EN: The house is big.</s>",
      billedCharacters: "De kat slaapt. Het huis is groot.".length,
    });
    const [request] = server.mock.translations();
    expect(request?.params).toMatchObject({
      source_lang: ["nl"],
      target_lang: ["en-US"],
      tag_handling: ["xml"],
      splitting_tags: ["s"],
    });
  });

  it("retries after a 429 and then succeeds", async () => {
    server.mock.failNext({ type: "status", status: 429 });

    const [result] = await server.api().translateSentenceTagged([tagged], null);

    expect(result?.text).toContain("EN: The cat sleeps.");
    expect(server.mock.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it("reports rate-limit when every attempt gets a 429", async () => {
    server.mock.failNext({ type: "status", status: 429 }, { times: 2 });

    expect(await errorCodeOf(server.api().translateSentenceTagged([tagged], null))).toBe("rate-limit");
    expect(server.mock.requests).toHaveLength(2);
  });

  it("retries after a 503 and reports unreachable when the server keeps failing", async () => {
    server.mock.failNext({ type: "status", status: 503 });
    await expect(server.api().translateSentenceTagged([tagged], null)).resolves.toHaveLength(1);

    server.mock.failNext({ type: "status", status: 500 }, { times: 2 });
    expect(await errorCodeOf(server.api().translateSentenceTagged([tagged], null))).toBe("unreachable");
  });

  it("reports unreachable when the connection is dropped on every attempt", async () => {
    server.mock.failNext({ type: "drop" }, { times: 2 });

    expect(await errorCodeOf(server.api().translateSentenceTagged([tagged], null))).toBe("unreachable");
    expect(server.mock.requests).toHaveLength(2);
  });

  it("gives up on an answer that never comes and tries again", async () => {
    server.mock.failNext({ type: "hang" });

    await expect(server.api().translateSentenceTagged([tagged], null)).resolves.toHaveLength(1);
    expect(server.mock.requests).toHaveLength(2);
  });

  it("reports unreachable when nothing listens at the address", async () => {
    const temporary = await DeeplMockServer.start();
    const closed = temporary.url;
    await temporary.close();

    expect(await errorCodeOf(server.api({ serverUrl: closed }).translateSentenceTagged([tagged], null))).toBe(
      "unreachable",
    );
  });

  it("reports quota when the billing period's characters are used up", async () => {
    server.mock.characterLimit = 10;

    expect(await errorCodeOf(server.api().translateSentenceTagged([tagged], null))).toBe("quota");
  });

  it("reports auth for a wrong key, without retrying", async () => {
    expect(await errorCodeOf(server.api({ authKey: "wrong-key" }).translateSentenceTagged([tagged], null))).toBe(
      "auth",
    );
    expect(server.mock.requests).toHaveLength(1);
  });

  it("creates, replaces and deletes a glossary, and translates with it", async () => {
    const deepl = server.api();
    const glossaryId = await deepl.createGlossary("lesson", { gemeente: "municipality" });
    const [withGlossary] = await deepl.translateSentenceTagged(["<s>De gemeente is groot.</s>"], glossaryId);
    expect(withGlossary?.text).toBe("<s>EN: The municipality is big.</s>");
    expect(server.mock.translations()[0]?.params.glossary_id).toEqual([glossaryId]);

    expect(await deepl.replaceGlossary(glossaryId, { gemeente: "local authority" })).toBe("replaced");
    const [replaced] = await deepl.translateSentenceTagged(["<s>De gemeente.</s>"], glossaryId);
    expect(replaced?.text).toBe("<s>EN: The local authority.</s>");

    await deepl.deleteGlossary(glossaryId);
    expect(server.mock.glossaries.size).toBe(0);
    expect(await deepl.replaceGlossary(glossaryId, { stad: "city" })).toBe("not-found");
    await expect(deepl.deleteGlossary(glossaryId)).resolves.toBeUndefined();
  });
});

describe("getDeeplUsage", () => {
  it("shows the characters used and left in the billing period", async () => {
    server.mock.characterLimit = 1000;
    await server.api().translateSentenceTagged([tagged], null);

    const used = "De kat slaapt. Het huis is groot.".length;
    expect(await getDeeplUsage(server.api())).toEqual({
      charactersUsed: used,
      characterLimit: 1000,
      charactersLeft: 1000 - used,
    });
  });

  it("is null when DeepL is not configured, and reports a wrong key as auth", async () => {
    expect(await getDeeplUsage(null)).toBeNull();
    expect(await errorCodeOf(getDeeplUsage(server.api({ authKey: "wrong-key" })))).toBe("auth");
  });
});
