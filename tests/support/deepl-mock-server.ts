import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A DeepL-compatible HTTP server for tests, spoken to by the real deepl-node client through its `serverUrl` option.
 * It implements what the app uses (POST /v2/translate, /v2/usage, /v2/languages, the v3 glossary endpoints), checks
 * the auth key, enforces DeepL's request limits, bills characters, records every request, and can be told to fail.
 *
 * Its "translation" is deterministic: "EN: " before each text (or each tagged segment with tag_handling=xml),
 * glossary entries first, then a small word map; punctuation is kept, so the sentence count is too.
 * "<s>De kat slaapt.</s> <s>Het huis.</s>" → "<s>EN: The cat sleeps.</s> <s>EN: The house.</s>"
 *
 *   const mock = await DeeplMockServer.start();
 *   const deepl = createDeeplApi({ authKey: mock.authKey, serverUrl: mock.url, targetLang: "en-GB", maxRetries: 2 });
 *   mock.failNext({ type: "status", status: 429 }, { times: 2 });   // then: mock.requests, mock.translatedTexts()
 *   await mock.close();
 */

/** What the next matching request gets instead of a normal answer. */
export type MockFault =
  /** An HTTP error status with a DeepL-style JSON message (429 too many requests, 456 quota, 5xx). */
  | { type: "status"; status: number }
  /** The connection is closed without an answer. */
  | { type: "drop" }
  /** No answer at all until the client gives up (its timeout) or the server is closed. */
  | { type: "hang" }
  /** A normal answer whose sentence tags are merged into one per text, as DeepL might do when it joins sentences. */
  | { type: "merge-sentences" };

export interface RecordedRequest {
  method: string;
  path: string;
  /** The status answered; -1 when no answer was sent (a "drop" or "hang" fault). */
  status: number;
  /** Size of the request body in bytes. */
  bodyBytes: number;
  params: Record<string, string[]>;
  /** The `text` parameters of a translate request. */
  texts: string[];
  /** Characters billed for this request (0 unless it was a successful translation). */
  billedCharacters: number;
}

interface PendingFault {
  fault: MockFault;
  path: string;
  remaining: number;
}

interface MockGlossary {
  id: string;
  name: string;
  createdAt: string;
  /** Keyed "nl>en". */
  dictionaries: Map<string, { sourceLang: string; targetLang: string; entries: Record<string, string> }>;
}

const MAX_TEXTS = 50;
const MAX_BODY_BYTES = 128 * 1024;

const WORDS: Record<string, string> = {
  de: "the",
  het: "the",
  een: "a",
  kat: "cat",
  hond: "dog",
  huis: "house",
  slaapt: "sleeps",
  loopt: "walks",
  droomt: "dreams",
  is: "is",
  en: "and",
  in: "in",
  op: "on",
  niet: "not",
  hij: "he",
  zij: "she",
  ik: "I",
  wij: "we",
  gemeente: "council",
  stad: "city",
  groot: "big",
  klein: "small",
  ja: "yes",
  nee: "no",
};

export class DeeplMockServer {
  readonly requests: RecordedRequest[] = [];
  readonly glossaries = new Map<string, MockGlossary>();
  /** Characters billed so far in this "billing period". */
  characterCount = 0;
  /** A translation that would bill past this answers 456 (quota exceeded), as DeepL does. */
  characterLimit: number;

  private readonly faults: PendingFault[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly authKey: string,
    characterLimit: number,
  ) {
    this.characterLimit = characterLimit;
  }

  /** Milliseconds each translate request takes, so end-to-end tests can watch a translation progress. */
  latencyMs = 0;

  static async start(
    options: { authKey?: string; characterLimit?: number; port?: number } = {},
  ): Promise<DeeplMockServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const mock = new DeeplMockServer(
      server,
      `http://127.0.0.1:${port}`,
      options.authKey ?? "test-key",
      options.characterLimit ?? 500_000,
    );
    server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      mock.handle(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    return mock;
  }

  /** The next `times` requests to `path` (default: translate) get `fault` instead of their normal answer. */
  failNext(fault: MockFault, options: { times?: number; path?: string } = {}): void {
    this.faults.push({ fault, path: options.path ?? "/v2/translate", remaining: options.times ?? 1 });
  }

  /** Successful translate requests, in order. */
  translations(): RecordedRequest[] {
    return this.requests.filter((request) => request.path === "/v2/translate" && request.status === 200);
  }

  /** Every text DeepL was asked to translate (and answered), in order. */
  translatedTexts(): string[] {
    return this.translations().flatMap((request) => request.texts);
  }

  billedCharacters(): number {
    return this.requests.reduce((sum, request) => sum + request.billedCharacters, 0);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", this.url);
    const params = parseParams(request, url, body);
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      status: 0,
      bodyBytes: body.length,
      params,
      texts: params.text ?? [],
      billedCharacters: 0,
    };
    this.requests.push(record);
    const reply = (status: number, payload?: unknown) => {
      record.status = status;
      if (payload === undefined) response.writeHead(status).end();
      else response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(payload));
    };

    if (request.headers.authorization !== `DeepL-Auth-Key ${this.authKey}`) {
      return reply(403, { message: "Wrong endpoint. Use https://api.deepl.com" });
    }
    if (this.latencyMs > 0 && url.pathname === "/v2/translate") {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    }
    const fault = this.takeFault(url.pathname);
    if (fault?.type === "status") return reply(fault.status, { message: `Injected status ${fault.status}` });
    if (fault?.type === "drop") {
      record.status = -1;
      request.socket.destroy();
      return;
    }
    if (fault?.type === "hang") {
      record.status = -1;
      return;
    }
    reply(...this.answer(record, fault?.type === "merge-sentences"));
  }

  private takeFault(path: string): MockFault | undefined {
    const pending = this.faults.find((candidate) => candidate.path === path && candidate.remaining > 0);
    if (pending === undefined) return undefined;
    pending.remaining--;
    return pending.fault;
  }

  /** The normal answer to a request. */
  private answer(request: RecordedRequest, mergeSentences: boolean): Reply {
    const { method, path, params } = request;
    if (path === "/v2/translate" && method === "POST") return this.translate(request, mergeSentences);
    if (path === "/v2/usage")
      return [200, { character_count: this.characterCount, character_limit: this.characterLimit }];
    if (path === "/v2/languages") return [200, languages(params.type?.[0] === "target")];
    if (path === "/v3/glossaries" && method === "POST") return this.createGlossary(params);
    if (path === "/v3/glossaries" && method === "GET") {
      return [200, { glossaries: [...this.glossaries.values()].map(glossaryInfo) }];
    }
    const glossaryPath = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
    if (glossaryPath === null) return [404, { message: "Not found" }];
    const glossary = this.glossaries.get(glossaryPath[1]!);
    if (glossary === undefined) return [404, { message: "Glossary not found." }];
    switch (`${method} ${glossaryPath[2] ?? ""}`) {
      case "GET ":
        return [200, glossaryInfo(glossary)];
      case "DELETE ":
        this.glossaries.delete(glossary.id);
        return [204, undefined];
      case "GET /entries":
        return entriesOf(glossary, params);
      case "PUT /dictionaries":
        return replaceDictionary(glossary, params);
      default:
        return [404, { message: "Not found" }];
    }
  }

  private translate(record: RecordedRequest, mergeSentences: boolean): Reply {
    const { params, texts } = record;
    const targetLang = params.target_lang?.[0]?.toUpperCase();
    const glossaryId = params.glossary_id?.[0];
    const xml = params.tag_handling?.[0] === "xml";
    if (record.bodyBytes > MAX_BODY_BYTES) return [413, { message: "Request Entity Too Large" }];
    if (texts.length === 0 || texts.length > MAX_TEXTS || texts.some((text) => text === "")) {
      return [400, { message: "Parameter 'text' must hold 1 to 50 non-empty texts." }];
    }
    if (targetLang === undefined || !["EN-GB", "EN-US", "NL"].includes(targetLang)) {
      return [400, { message: "Value for 'target_lang' not supported." }];
    }
    if (params.formality !== undefined && targetLang.startsWith("EN")) {
      return [400, { message: "'formality' is not supported for given 'target_lang'." }];
    }
    let glossary: Record<string, string> = {};
    if (glossaryId !== undefined) {
      if (params.source_lang === undefined) return [400, { message: "Use of a glossary requires 'source_lang'." }];
      const found = this.glossaries.get(glossaryId)?.dictionaries.get("nl>en");
      if (found === undefined) return [404, { message: "Glossary not found." }];
      glossary = found.entries;
    }

    const billed = texts.map((text) => codePoints(xml ? decodeXml(text.replace(/<[^<>]*>/g, "")) : text));
    const characters = billed.reduce((sum, count) => sum + count, 0);
    if (this.characterCount + characters > this.characterLimit) {
      return [456, { message: "Quota for this billing period has been exceeded." }];
    }
    this.characterCount += characters;
    record.billedCharacters = characters;
    const translations = texts.map((text, index) => {
      let translated = xml ? translateTagged(text, glossary) : translateSegment(text, glossary);
      if (mergeSentences) translated = translated.replace(/<\/s>(\s*)<s>/g, "$1");
      return { detected_source_language: "NL", text: translated, billed_characters: billed[index] };
    });
    return [200, { translations }];
  }

  private createGlossary(params: Record<string, string[]>): Reply {
    const name = params.name?.[0];
    if (!name) return [400, { message: "Parameter 'name' is missing." }];
    const glossary: MockGlossary = {
      id: randomUUID(),
      name,
      createdAt: new Date().toISOString(),
      dictionaries: new Map(),
    };
    for (let index = 0; params[`dictionaries[${index}].source_lang`] !== undefined; index++) {
      const field = (key: string) => params[`dictionaries[${index}].${key}`]?.[0] ?? "";
      const parsed = parseEntries(field("entries"), field("entries_format"));
      if (parsed === null) return [400, { message: "Invalid glossary entries." }];
      const dictionary = { sourceLang: field("source_lang"), targetLang: field("target_lang"), entries: parsed };
      glossary.dictionaries.set(`${dictionary.sourceLang}>${dictionary.targetLang}`, dictionary);
    }
    if (glossary.dictionaries.size === 0) return [400, { message: "A glossary needs at least one dictionary." }];
    this.glossaries.set(glossary.id, glossary);
    return [201, glossaryInfo(glossary)];
  }
}

type Reply = [status: number, payload: unknown];

function replaceDictionary(glossary: MockGlossary, params: Record<string, string[]>): Reply {
  const sourceLang = params.source_lang?.[0] ?? "";
  const targetLang = params.target_lang?.[0] ?? "";
  const entries = parseEntries(params.entries?.[0] ?? "", params.entries_format?.[0] ?? "");
  if (entries === null) return [400, { message: "Invalid glossary entries." }];
  glossary.dictionaries.set(`${sourceLang}>${targetLang}`, { sourceLang, targetLang, entries });
  return [200, { source_lang: sourceLang, target_lang: targetLang, entry_count: Object.keys(entries).length }];
}

function entriesOf(glossary: MockGlossary, params: Record<string, string[]>): Reply {
  const dictionary = glossary.dictionaries.get(`${params.source_lang?.[0]}>${params.target_lang?.[0]}`);
  if (dictionary === undefined) return [404, { message: "Dictionary not found." }];
  const entries = Object.entries(dictionary.entries)
    .map(([source, target]) => `${source}\t${target}`)
    .join("\n");
  return [200, { dictionaries: [{ source_lang: dictionary.sourceLang, target_lang: dictionary.targetLang, entries }] }];
}

function glossaryInfo(glossary: MockGlossary) {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    creation_time: glossary.createdAt,
    dictionaries: [...glossary.dictionaries.values()].map((dictionary) => ({
      source_lang: dictionary.sourceLang,
      target_lang: dictionary.targetLang,
      entry_count: Object.keys(dictionary.entries).length,
    })),
  };
}

/** TSV (or simple CSV) entries; null for what DeepL rejects: no entries, a line without exactly two terms. */
function parseEntries(text: string, format: string): Record<string, string> | null {
  const separator = format === "csv" ? "," : "\t";
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === "") continue;
    const terms = line.split(separator);
    if (terms.length !== 2 || terms.some((term) => term.trim() === "" || term !== term.trim())) return null;
    entries[terms[0]!] = terms[1]!;
  }
  return Object.keys(entries).length === 0 ? null : entries;
}

function languages(target: boolean) {
  return target
    ? [
        { language: "EN-GB", name: "English (British)", supports_formality: false },
        { language: "EN-US", name: "English (American)", supports_formality: false },
        { language: "NL", name: "Dutch", supports_formality: true },
      ]
    : [
        { language: "EN", name: "English" },
        { language: "NL", name: "Dutch" },
      ];
}

/** Translates the text between tags and keeps the tags; whitespace-only text between tags stays as it is. */
function translateTagged(tagged: string, glossary: Record<string, string>): string {
  return tagged
    .split(/(<[^<>]*>)/)
    .map((part, index) => (index % 2 === 1 || part.trim() === "" ? part : translateSegment(part, glossary)))
    .join("");
}

function translateSegment(text: string, glossary: Record<string, string>): string {
  const terms = Object.keys(glossary)
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const glossaryTerm = terms.length > 0 ? `(?<![\\p{L}])(${terms.join("|")})(?![\\p{L}])|` : "";
  const pattern = new RegExp(`${glossaryTerm}\\p{L}+`, "giu");
  const leading = /^\s*/.exec(text)![0];
  // Without glossary terms the pattern has no group, and the second argument is the match offset.
  const translated = text.replace(pattern, (word: string, term: unknown) => {
    if (typeof term === "string") return Object.entries(glossary).find(([source]) => sameWord(source, term))![1];
    const english = WORDS[word.toLowerCase()];
    if (english === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? english[0]!.toUpperCase() + english.slice(1) : english;
  });
  return `${leading}EN: ${translated.slice(leading.length)}`;
}

function sameWord(a: string, b: string): boolean {
  return a.localeCompare(b, "nl", { sensitivity: "accent" }) === 0;
}

function codePoints(text: string): number {
  return Array.from(text).length;
}

function decodeXml(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_entity, name: string) => named[name]!);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Query string, form-encoded or JSON body, as repeated parameters (`text` appears once per text). */
function parseParams(request: IncomingMessage, url: URL, body: Buffer): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  const add = (key: string, value: string) => (params[key] ??= []).push(value);
  for (const [key, value] of url.searchParams) add(key, value);
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("application/json") && body.length > 0) {
    const json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    for (const [key, value] of Object.entries(json)) {
      for (const item of Array.isArray(value) ? value : [value]) add(key, String(item));
    }
  } else if (body.length > 0) {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) add(key, value);
  }
  return params;
}
