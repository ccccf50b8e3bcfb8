"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ReaderGlossaryTerm } from "@/lib/lessons/get-reader-lesson.server";
import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { saveVocabularyAction, undoSaveVocabularyAction } from "../../actions/vocabulary";
import type { ReaderStrings } from "./reader-strings";
import { pairOf, sentenceOf, selectedWordInSentence, type SentenceRef } from "./reader-dom";

interface Props {
  lessonId: string;
  signedIn: boolean;
  signInHref: string;
  glossary: ReaderGlossaryTerm[];
  strings: ReaderStrings;
}

interface Position {
  top: number;
  left: number;
}

/** What the card is about: a glossary term or a selected word, in the sentence it was met in. */
interface CardSubject extends SentenceRef {
  form: string;
  termId?: string;
  anchor: HTMLElement | null;
  position: Position;
}

type Toast = { message: string; saved?: SavedVocabulary } | null;

/** Just below an element, in page coordinates, so a popup never covers the line being read. */
function below(rect: DOMRect): Position {
  return { top: rect.bottom + window.scrollY + 6, left: Math.max(8, rect.left + window.scrollX) };
}

/**
 * Everything the reader does in the browser, attached by event delegation to the server-rendered text:
 * sentence-pair highlighting, glossary tooltips, the term / word card with saving, revealing a paragraph's English.
 */
export function ReaderInteractions({ lessonId, signedIn, signInHref, glossary, strings }: Props) {
  const [tooltip, setTooltip] = useState<{ termId: string; position: Position } | null>(null);
  const [card, setCard] = useState<CardSubject | null>(null);
  const [selection, setSelection] = useState<(SentenceRef & { form: string; position: Position }) | null>(null);
  const [pending, setPending] = useState(false);
  const [toast, setToast] = useState<Toast>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const terms = new Map(glossary.map((term) => [term.id, term]));

  const closeCard = useCallback((restoreFocus: boolean) => {
    setCard((current) => {
      if (restoreFocus) current?.anchor?.focus();
      return null;
    });
  }, []);

  useEffect(() => {
    const root = document.getElementById("reader");
    if (!root) return;

    const highlight = (target: EventTarget | null, on: boolean) => {
      const pair = pairOf(target);
      if (!pair) return;
      for (const element of root.querySelectorAll(`[data-pair="${CSS.escape(pair)}"]`)) {
        element.classList.toggle("is-paired", on);
      }
    };
    const showTooltip = (target: EventTarget | null) => {
      const term = target instanceof Element ? target.closest<HTMLElement>(".term") : null;
      if (term?.dataset.term) setTooltip({ termId: term.dataset.term, position: below(term.getBoundingClientRect()) });
    };
    const hideTooltip = (target: EventTarget | null) => {
      if (target instanceof Element && target.closest(".term")) setTooltip(null);
    };

    const onOver = (event: Event) => {
      highlight(event.target, true);
      showTooltip(event.target);
    };
    const onOut = (event: Event) => {
      highlight(event.target, false);
      hideTooltip(event.target);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      const reveal = target.closest<HTMLButtonElement>(".reveal");
      if (reveal) {
        const row = reveal.closest(".row");
        const open = reveal.getAttribute("aria-expanded") !== "true";
        reveal.setAttribute("aria-expanded", String(open));
        reveal.textContent = open ? strings.concealParagraph : strings.revealParagraph;
        row?.classList.toggle("is-revealed", open);
        return;
      }
      const term = target.closest<HTMLElement>(".term");
      const ref = term ? sentenceOf(term) : null;
      if (term?.dataset.term && ref) {
        setTooltip(null);
        setSelection(null);
        setCard({
          ...ref,
          form: term.textContent ?? "",
          termId: term.dataset.term,
          anchor: term,
          position: below(term.getBoundingClientRect()),
        });
      }
    };
    const onSelectionEnd = () => {
      const found = selectedWordInSentence(root);
      setSelection(found ? { ...found, position: below(found.rect) } : null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setTooltip(null);
      setSelection(null);
      closeCard(true);
    };

    root.addEventListener("pointerover", onOver);
    root.addEventListener("pointerout", onOut);
    root.addEventListener("focusin", onOver);
    root.addEventListener("focusout", onOut);
    root.addEventListener("click", onClick);
    root.addEventListener("pointerup", onSelectionEnd);
    root.addEventListener("keyup", onSelectionEnd);
    document.addEventListener("keydown", onKey);
    return () => {
      root.removeEventListener("pointerover", onOver);
      root.removeEventListener("pointerout", onOut);
      root.removeEventListener("focusin", onOver);
      root.removeEventListener("focusout", onOut);
      root.removeEventListener("click", onClick);
      root.removeEventListener("pointerup", onSelectionEnd);
      root.removeEventListener("keyup", onSelectionEnd);
      document.removeEventListener("keydown", onKey);
    };
  }, [closeCard, strings.concealParagraph, strings.revealParagraph]);

  // A card that opens takes the focus, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (card) cardRef.current?.querySelector<HTMLElement>("button, a")?.focus();
  }, [card]);

  const save = async (subject: SentenceRef & { form: string; termId?: string }) => {
    if (pending) return;
    setPending(true);
    const result = await saveVocabularyAction({
      lessonId,
      paragraphId: subject.paragraphId,
      sentencePosition: subject.sentencePosition,
      form: subject.form,
      termId: subject.termId,
    });
    setPending(false);
    setSelection(null);
    closeCard(true);
    setToast(
      result.ok
        ? { message: strings.saved, saved: result.data }
        : { message: strings.errors[result.error] ?? strings.errors.unknown! },
    );
  };

  const undo = async (saved: SavedVocabulary) => {
    const result = await undoSaveVocabularyAction(saved);
    setToast({ message: result.ok ? strings.removed : (strings.errors[result.error] ?? strings.errors.unknown!) });
  };

  const tooltipTerm = tooltip ? terms.get(tooltip.termId) : undefined;
  const cardTerm = card?.termId ? terms.get(card.termId) : undefined;

  return (
    <>
      {tooltip && tooltipTerm && !card && (
        <div className="tooltip" role="tooltip" style={tooltip.position}>
          <strong lang="en">{tooltipTerm.english}</strong>
          {tooltipTerm.note && <span lang="en">{tooltipTerm.note}</span>}
        </div>
      )}

      {card && (
        <div
          ref={cardRef}
          className="word-card"
          role="dialog"
          aria-modal="false"
          aria-labelledby="word-card-title"
          style={card.position}
        >
          <p className="card-kind">{cardTerm ? strings.glossaryTerm : strings.card}</p>
          <h2 id="word-card-title" lang="nl">
            {cardTerm?.term ?? card.form}
          </h2>
          {cardTerm && (
            <>
              <p lang="en" className="card-english">
                {cardTerm.english}
              </p>
              {cardTerm.note && (
                <p lang="en" className="card-note">
                  {cardTerm.note}
                </p>
              )}
            </>
          )}
          <div className="card-actions">
            {signedIn ? (
              <button type="button" disabled={pending} onClick={() => save(card)}>
                {pending ? strings.saving : strings.save}
              </button>
            ) : (
              <a href={signInHref}>{strings.signInToSave}</a>
            )}
            <button type="button" className="secondary" onClick={() => closeCard(true)}>
              {strings.close}
            </button>
          </div>
        </div>
      )}

      {selection && !card && (
        <div className="selection-action" style={selection.position}>
          {signedIn ? (
            <button type="button" disabled={pending} onClick={() => save(selection)}>
              {pending ? strings.saving : strings.saveSelection.replace("{text}", selection.form)}
            </button>
          ) : (
            <a href={signInHref}>{strings.signInToSave}</a>
          )}
        </div>
      )}

      <div className="toast" role="status" aria-live="polite">
        {toast && (
          <>
            <span>{toast.message}</span>
            {toast.saved && (
              <button type="button" className="link-button" onClick={() => undo(toast.saved!)}>
                {strings.undo}
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}
