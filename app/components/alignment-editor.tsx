"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { AlignmentDraft } from "@/lib/lessons/alignment-draft";
import {
  mergeWithNext,
  moveFirstEnglishUp,
  moveLastEnglishDown,
  splitPair,
  type PairAddress,
} from "@/lib/lessons/edit-alignment-draft";
import type { ActionResult } from "../actions/action-result";

export interface AlignmentEditorStrings {
  paragraph: string;
  mergeWithNext: string;
  splitPair: string;
  moveEnglishUp: string;
  moveEnglishDown: string;
  noEnglish: string;
  noDutch: string;
  originalEnglish: string;
  save: string;
  saving: string;
  errors: Record<string, string>;
}

interface Props {
  initial: AlignmentDraft;
  readerHref: string;
  save: (pairs: AlignmentDraft["paragraphs"][number]["pairs"][]) => Promise<ActionResult>;
  strings: AlignmentEditorStrings;
}

type Edit = (draft: AlignmentDraft, at: PairAddress) => AlignmentDraft | null;

/** Shows the automatic pairing of Dutch and English sentences and lets the owner correct it before saving. */
export function AlignmentEditor({ initial, readerHref, save, strings }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const tool = (edit: Edit, at: PairAddress, label: string, symbol: string) => {
    const result = edit(draft, at);
    return (
      <button
        type="button"
        className="secondary tool"
        aria-label={label}
        title={label}
        disabled={!result}
        onClick={() => result && setDraft(result)}
      >
        <span aria-hidden="true">{symbol}</span>
      </button>
    );
  };

  return (
    <div className="alignment-editor">
      {draft.paragraphs.map((paragraph, p) => (
        <section key={paragraph.id} aria-label={fillPlaceholders(strings.paragraph, { number: p + 1 })}>
          <h2 className="paragraph-label">{fillPlaceholders(strings.paragraph, { number: p + 1 })}</h2>
          <ol className="pairs">
            {paragraph.pairs.map((pair, i) => {
              const at = { paragraph: p, pair: i };
              return (
                <li key={`${pair.source.join()}-${pair.target.join()}`} className="pair">
                  <div lang="nl" className="pair-nl">
                    {pair.source.length ? pair.source.map((s) => paragraph.dutch[s]).join(" ") : strings.noDutch}
                  </div>
                  <div lang="en" className="pair-en">
                    {paragraph.language === "en"
                      ? strings.originalEnglish
                      : pair.target.length
                        ? pair.target.map((s) => draft.english[s]).join(" ")
                        : strings.noEnglish}
                  </div>
                  <div className="pair-tools">
                    {tool(moveFirstEnglishUp, at, strings.moveEnglishUp, "↑")}
                    {tool(moveLastEnglishDown, at, strings.moveEnglishDown, "↓")}
                    {tool(mergeWithNext, at, strings.mergeWithNext, "⊕")}
                    {tool(splitPair, at, strings.splitPair, "✂")}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <div className="form-actions">
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await save(draft.paragraphs.map((paragraph) => paragraph.pairs));
              if (result.ok) router.push(readerHref);
              else setError(strings.errors[result.error] ?? strings.errors.unknown ?? "");
            })
          }
        >
          {pending ? strings.saving : strings.save}
        </button>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
