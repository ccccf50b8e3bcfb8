/**
 * One learner's browser as the load benchmark sees it: its own keep-alive connections (at most 6, as a browser
 * opens per host; a shared pool would make learners queue behind each other in this process and count that wait
 * as server time), its session cookie, and a server action called the way React calls one (a POST to the page the
 * learner is on, with the action's id in `Next-Action` and the arguments as JSON). Every answer is timed by kind.
 */
import http from "node:http";
import { percentile } from "./bench-server";

export const KINDS = ["page", "statuses", "lookup", "save", "status", "events"] as const;
export type Kind = (typeof KINDS)[number];

export interface Answer {
  /** 0 when the connection failed. */
  status: number;
  body: string;
}

/** Latencies and failures by kind of request, for all learners. */
export class Timings {
  private readonly latencies = new Map<Kind, number[]>(KINDS.map((kind) => [kind, []]));
  private readonly failures = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  /** The first few failures, to say what went wrong. */
  readonly samples: string[] = [];

  record(kind: Kind, started: number, failure: string | null): void {
    this.latencies.get(kind)!.push(performance.now() - started);
    if (failure === null) return;
    this.failures.set(kind, this.failures.get(kind)! + 1);
    if (this.samples.length < 10) this.samples.push(`${kind}: ${failure}`);
  }

  summary(kind: Kind) {
    const sorted = [...this.latencies.get(kind)!].sort((a, b) => a - b);
    const at = (p: number) => (sorted.length === 0 ? 0 : Number(percentile(sorted, p).toFixed(1)));
    return { requests: sorted.length, errors: this.failures.get(kind)!, p50Ms: at(50), p99Ms: at(99) };
  }
}

export class LearnerClient {
  // An idle connection is dropped after 4 s, before the server closes it (Node's keep-alive timeout, 5 s): reusing
  // one the server is closing at that moment fails with ECONNRESET, which a browser retries without telling anyone.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 6, timeout: 4_000 });

  constructor(
    readonly base: string,
    readonly cookie: string,
  ) {}

  send(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    return new Promise<Answer>((resolve) => {
      const outgoing = http.request(
        `${this.base}${pathname}`,
        { agent: this.agent, method: options.method ?? "GET", headers: { cookie: this.cookie, ...options.headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
          );
          response.on("error", (error) => resolve({ status: 0, body: String(error) }));
        },
      );
      outgoing.on("error", (error) => resolve({ status: 0, body: String(error) }));
      outgoing.end(options.body);
    });
  }

  /** Calls a server action from the page at `pagePath`; answers the action's return value (null if unreadable). */
  async action(pagePath: string, actionId: string, input: unknown): Promise<{ answer: Answer; result: unknown }> {
    const answer = await this.send(pagePath, {
      method: "POST",
      headers: {
        "next-action": actionId,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: this.base,
      },
      body: JSON.stringify([input]),
    });
    return { answer, result: answer.status === 200 ? actionResult(answer.body) : null };
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * The value a server action returned, from its React Flight answer: rows "<id>:<json>", the first one holding the
 * result under "a", inline or as a reference "$@<id>" to another row.
 *
 * actionResult('0:{"a":"$@1","f":"","b":"x"}\n1:{"ok":true,"data":null}\n') → { ok: true, data: null }
 */
export function actionResult(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const first = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const reference = typeof first?.a === "string" && /^\$@([0-9a-f]+)$/.exec(first.a)?.[1];
    return reference ? (JSON.parse(rows.get(reference) ?? "null") as unknown) : (first?.a ?? null);
  } catch {
    return null;
  }
}
