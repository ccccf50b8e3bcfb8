"use client";

import {
  useActionState,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import {
  setVocabularyStatusAction,
  undoVocabularyStatusAction,
  type StatusChangeState,
} from "@/app/actions/vocabulary-list";
import { LIST_STATUSES } from "@/lib/vocabulary/list-status";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { ListMessageBar } from "./list-message";
import { ListContext, type ListMessage, type VocabularyListContext } from "./vocabulary-list-context";
import type { VocabularyListStrings } from "./vocabulary-list-strings";
import styles from "./vocabulary-list.module.css";

interface Props {
  strings: VocabularyListStrings;
  /** The items on this page, in order: what "Select all on this page" selects. */
  itemIds: string[];
  children: ReactNode;
}

const noSubscription = () => () => {};

/** What a bulk change (or its refusal) says, with the undo of what it changed. */
function messageOf(state: StatusChangeState, strings: VocabularyListStrings): ListMessage | null {
  if (!state) return null;
  if (!state.ok) return { text: strings.errors[state.error] ?? strings.errors.unknown ?? "", focus: "none" };
  const { status, count, previous } = state.data;
  if (count === 0) return { text: strings.noneSelected, focus: "none" };
  const text = fillPlaceholders((count === 1 ? strings.markedOne : strings.markedMany)[status], { number: count });
  if (previous.length === 0) return { text, focus: "none" };
  const undo = async () => {
    const result = await undoVocabularyStatusAction(previous);
    return result.ok ? strings.statusesRestored : (strings.errors[result.error] ?? strings.errors.unknown ?? "");
  };
  return { text, undo, focus: "undo" };
}

/**
 * The list as one form: a checkbox per row, "Select all on this page", and buttons that give the ticked items a
 * status (a server action, so it also works without JavaScript), with a message and Undo for every change made
 * here, deletions included. It stays when the page runs empty, so the undo of deleting its last word stays too.
 */
export function VocabularyListForm({ strings, itemIds, children }: Props) {
  const [state, formAction, pending] = useActionState(setVocabularyStatusAction, null);
  const [message, setMessage] = useState(() => messageOf(state, strings));
  const [shownState, setShownState] = useState(state);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const bar = useRef<HTMLDivElement>(null);
  const labelId = useId();
  // "Select all" needs JavaScript; without it the control would do nothing, so it appears once the page runs.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // A new answer of the form: say what it did, and start a new selection after a change.
  if (state !== shownState) {
    setShownState(state);
    setMessage(messageOf(state, strings));
    if (state?.ok && state.data.count > 0) setSelected(new Set());
  }

  const selectedHere = itemIds.filter((id) => selected.has(id));
  const allSelected = itemIds.length > 0 && selectedHere.length === itemIds.length;

  const select = useCallback((itemId: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  const context = useMemo<VocabularyListContext>(
    () => ({ strings, isSelected: (id) => selected.has(id), select, show: setMessage }),
    [strings, selected, select],
  );

  return (
    <ListContext value={context}>
      <form
        action={formAction}
        onSubmit={(event) => {
          if (selectedHere.length > 0) return;
          event.preventDefault();
          setMessage({ text: strings.noneSelected, focus: "none" });
        }}
      >
        <div ref={bar} tabIndex={-1} className={styles.bar} hidden={itemIds.length === 0}>
          {interactive && (
            <label className={styles.selectAll}>
              <input
                type="checkbox"
                className={styles.checkbox}
                checked={allSelected}
                ref={(input) => {
                  if (input) input.indeterminate = selectedHere.length > 0 && !allSelected;
                }}
                onChange={(event) => setSelected(new Set(event.target.checked ? itemIds : []))}
              />
              {strings.selectAll}
            </label>
          )}
          {interactive && (
            <span className={styles.selectedCount}>
              {fillPlaceholders(strings.selected, { number: selectedHere.length })}
            </span>
          )}
          <div role="group" aria-labelledby={labelId} className={styles.statusButtons}>
            <span id={labelId}>{strings.bulkLabel}</span>
            {LIST_STATUSES.map((status) => (
              <button key={status} type="submit" name="status" value={status} className="secondary" disabled={pending}>
                {strings.setStatus[status]}
              </button>
            ))}
          </div>
        </div>
        <ListMessageBar
          message={message}
          undoLabel={strings.undo}
          closeLabel={strings.closeMessage}
          onUndone={(text) => setMessage({ text, focus: "message" })}
          onClose={() => {
            setMessage(null);
            bar.current?.focus();
          }}
        />
        {children}
      </form>
    </ListContext>
  );
}
