"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { TranslationJobView } from "@/lib/translation/translation-job";
import type { ActionResult } from "../../actions/action-result";

export interface TranslationProgressStrings {
  translating: string;
  done: string;
  failed: string;
  resume: string;
  reasons: Record<string, string>;
  errors: Record<string, string>;
}

const POLL_MS = 1500;

/**
 * DeepL progress for the lesson's owner. Polls the job while it runs, shows the paragraphs already translated as
 * they arrive, and offers to resume after a failure (what was translated is kept).
 */
export function TranslationProgress(props: {
  initial: TranslationJobView;
  resume: () => Promise<ActionResult>;
  strings: TranslationProgressStrings;
}) {
  const { strings } = props;
  const [job, setJob] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const active = job.status === "queued" || job.status === "running";

  useEffect(() => {
    if (!active) return;
    let lastDone = job.done;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/translation-jobs/${encodeURIComponent(job.id)}`, { cache: "no-store" });
      if (!response.ok) return;
      const next = (await response.json()) as TranslationJobView;
      setJob(next);
      if (next.done !== lastDone || next.status !== "running") router.refresh();
      lastDone = next.done;
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, job.id, job.done, router]);

  if (job.status === "done") return null;
  const fill = (text: string) =>
    fillPlaceholders(text, {
      done: job.done,
      total: job.total,
      reason: strings.reasons[job.errorCode ?? "unknown"] ?? strings.reasons.unknown ?? "",
    });
  return (
    <div className="progress" role="status">
      {active ? (
        <p>
          {fill(strings.translating)} <progress max={job.total} value={job.done} aria-hidden="true" />
        </p>
      ) : (
        <>
          <p>{fill(strings.failed)}</p>
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await props.resume();
                if (result.ok) setJob({ ...job, status: "queued", errorCode: null });
                else setError(strings.errors[result.error] ?? strings.errors.unknown ?? "");
              })
            }
          >
            {strings.resume}
          </button>
          {error && <span className="field-error">{error}</span>}
        </>
      )}
    </div>
  );
}
