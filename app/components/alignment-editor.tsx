"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { availableEdits, pairKey, samePairs, type AlignmentDraft } from "@/lib/lessons/alignment-draft";
import {
  mergeWithNext,
  moveFirstEnglishUp,
  moveLastEnglishDown,
  splitPair,
  type PairAddress,
} from "@/lib/lessons/edit-alignment-draft";
import { PairRow, type PairRowStrings, type PairTool } from "@/app/[lng]/lessons/[id]/alignment/pair-row";
import type { ActionResult } from "../actions/action-result";

export interface AlignmentEditorStrings extends PairRowStrings {
  paragraph: string;
  noEnglish: string;
  noDutch: string;
  originalEnglish: string;
  undo: string;
  reset: string;
  unsaved: string;
  save: string;
  saving: string;
  errors: Record<string, string>;
}

interface Props {
  initial: AlignmentDraft;
  readerHref: string;
  save: (pairs: AlignmentDraft["paragraphs"][number]["pairs"][]) => Promise<ActionResult>;
  /** The id of the text that says what saving does (the save button is described by it). */
  saveHintId: string;
  strings: AlignmentEditorStrings;
}

const EDITS: Record<PairTool, (draft: AlignmentDraft, at: PairAddress) => AlignmentDraft | null> = {
  moveUp: moveFirstEnglishUp,
  moveDown: moveLastEnglishDown,
  merge: mergeWithNext,
  split: splitPair,
};

/** Every draft since the page opened (the last is shown), and the button to focus after an edit redrew its row. */
interface EditorState {
  history: AlignmentDraft[];
  focus: { paragraph: number; pair: number; tool: PairTool } | null;
}

type EditorAction =
  | { kind: "edit"; paragraph: number; pairKey: string; tool: PairTool }
  | { kind: "undo" }
  | { kind: "reset"; saved: AlignmentDraft };

function reduce(state: EditorState, action: EditorAction): EditorState {
  const current = state.history.at(-1)!;
  if (action.kind === "undo") {
    return state.history.length > 1 ? { history: state.history.slice(0, -1), focus: null } : state;
  }
  if (action.kind === "reset") {
    // Kept in the history, so that a reset by mistake can be undone.
    return samePairs(current, action.saved) ? state : { history: [...state.history, action.saved], focus: null };
  }
  const pair = current.paragraphs[action.paragraph]?.pairs.findIndex((each) => pairKey(each) === action.pairKey);
  const edited =
    pair === undefined || pair < 0 ? null : EDITS[action.tool](current, { paragraph: action.paragraph, pair });
  if (!edited || pair === undefined) return state;
  return { history: [...state.history, edited], focus: { paragraph: action.paragraph, pair, tool: action.tool } };
}

function textOf(indices: readonly number[], sentences: readonly string[]): string {
  return indices.map((index) => sentences[index]).join(" ");
}

/**
 * Shows the stored pairing of Dutch and English sentences and lets the owner correct it, undo corrections or go back
 * to the saved pairing, and save. Only the rows an edit changes render again (see PairRow), so a merge in a long
 * lesson answers at once.
 */
export function AlignmentEditor({ initial, readerHref, save, saveHintId, strings }: Props) {
  const [state, dispatch] = useReducer(reduce, { history: [initial], focus: null });
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const draft = state.history.at(-1)!;
  const edits = useMemo(() => availableEdits(draft), [draft]);
  const changed = useMemo(() => !samePairs(draft, initial), [draft, initial]);
  const canUndo = state.history.length > 1;

  const onEdit = useCallback(
    (paragraph: number, key: string, tool: PairTool) => dispatch({ kind: "edit", paragraph, pairKey: key, tool }),
    [],
  );

  // A merge or split replaces the edited row, and with it the focused button: focus the same tool in its place.
  useEffect(() => {
    if (!state.focus) return;
    const { paragraph, pair, tool } = state.focus;
    const rows = root.current?.querySelectorAll(`[data-paragraph="${paragraph}"] .pair`);
    const row = rows?.[Math.min(pair, rows.length - 1)];
    row?.querySelector<HTMLButtonElement>(`[data-tool="${tool}"]`)?.focus();
  }, [state.focus]);

  const onSave = () => {
    if (pending) return;
    startTransition(async () => {
      const result = await save(draft.paragraphs.map((paragraph) => paragraph.pairs));
      if (result.ok) router.push(readerHref);
      else setError(strings.errors[result.error] ?? strings.errors.unknown ?? "");
    });
  };

  return (
    <div className="alignment-editor" ref={root}>
      {draft.paragraphs.map((paragraph, p) => {
        const name = fillPlaceholders(strings.paragraph, { number: p + 1 });
        return (
          <section key={paragraph.id} aria-label={name} data-paragraph={p}>
            <h2 className="paragraph-label">{name}</h2>
            <ol className="pairs">
              {paragraph.pairs.map((pair, i) => {
                const key = pairKey(pair);
                const englishNote =
                  paragraph.language === "en"
                    ? strings.originalEnglish
                    : pair.target.length === 0
                      ? strings.noEnglish
                      : null;
                return (
                  <PairRow
                    key={key}
                    paragraph={p}
                    pairKey={key}
                    dutch={pair.source.length ? textOf(pair.source, paragraph.dutch) : strings.noDutch}
                    dutchIsNote={pair.source.length === 0}
                    english={englishNote ?? textOf(pair.target, draft.english)}
                    englishIsNote={englishNote !== null}
                    {...edits[p]![i]!}
                    onEdit={onEdit}
                    strings={strings}
                  />
                );
              })}
            </ol>
          </section>
        );
      })}
      <div className="alignment-actions">
        <button
          type="button"
          className="secondary"
          aria-disabled={canUndo ? undefined : true}
          onClick={() => canUndo && dispatch({ kind: "undo" })}
        >
          {strings.undo}
        </button>
        <button
          type="button"
          className="secondary"
          aria-disabled={changed ? undefined : true}
          onClick={() => changed && dispatch({ kind: "reset", saved: initial })}
        >
          {strings.reset}
        </button>
        <button type="button" aria-disabled={pending || undefined} aria-describedby={saveHintId} onClick={onSave}>
          {pending ? strings.saving : strings.save}
        </button>
        <span role="status" className="alignment-status">
          {changed ? strings.unsaved : ""}
        </span>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
