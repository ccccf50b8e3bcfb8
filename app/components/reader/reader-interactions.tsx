"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { ReaderGlossaryTerm } from "@/lib/lesson-model/reader-view";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";
import type { Box } from "@/lib/reading/place-popup";
import type { WordStatus } from "@/lib/vocabulary/word-status";
import type { SavedVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import {
  dutchSentenceAt,
  englishSentenceAt,
  highlight,
  offsetAtPoint,
  offsetOfElement,
  pairOf,
  rangeOf,
  selectedWordInSentence,
  sentenceOf,
  wordsOf,
  type SentenceRef,
} from "./reader-dom";
import type { ReaderStrings } from "./reader-strings";
import { useSession } from "../use-session";
import { SaveToast } from "./save-toast";
import { useDutchVoice } from "./use-dutch-voice";
import { trackLookup } from "./use-reading-tracker";
import { cardWord } from "./card-word";
import { MarkRestKnown } from "./mark-rest-known";
import { StatusColoursSwitch } from "./status-colours-switch";
import { markOfStatus, useStatusChanges } from "./use-status-changes";
import { useCounterparts } from "./use-counterparts";
import { useReaderToast, type ReaderToast } from "./use-reader-toast";
import { useOpenFromAddress, wordParameter } from "./use-open-from-address";
import { useVocabularySaving, type SaveSubject } from "./use-vocabulary-saving";
import { useStillPointer } from "./use-still-pointer";
import { useWordStatuses } from "./use-word-statuses";
import { WordStatusControls } from "./word-status-controls";
import { fetchWordLookup } from "./word-lookup-client";
import { WordCard } from "./word-card";
import { Popup } from "./popup";
import { pageBox, type PopupAnchor } from "./use-popup-placement";

interface Props {
  lessonId: string;
  /** This page of the lesson, and whether it is the last. */
  page: number;
  lastPage: boolean;
  lng: string;
  glossary: ReaderGlossaryTerm[];
  strings: ReaderStrings;
}

/** What the card is about: a glossary term or one word, in the sentence it was met in. */
interface CardSubject extends SentenceRef {
  form: string;
  termId?: string;
  /** Start of the word in its sentence, for a word card. */
  wordOffset?: number;
  lookup?: WordLookup | "loading" | "error";
  anchor: HTMLElement | null;
  at: PopupAnchor;
}

/** The word and, beside the English column, the Dutch column a popup for something in `sentence` stays in. */
function popupAnchor(rect: DOMRect, sentence: Element | null): PopupAnchor {
  const column = sentence?.closest(".cell-nl")?.getBoundingClientRect();
  return { anchor: pageBox(rect), within: column && pageBox(column) };
}

/**
 * Everything the reader does in the browser, attached by event delegation to the server-rendered text:
 * sentence-pair highlighting, glossary tooltips, the word and term card (look-up, listening, saving), moving from
 * word to word with the keyboard, and revealing a paragraph's English on a phone.
 */
export function ReaderInteractions({ lessonId, page, lastPage, lng, glossary, strings }: Props) {
  const session = useSession();
  const pathname = usePathname();
  const signedIn = session?.user != null;
  // Back to the same word, its card open, after signing in (see useOpenFromAddress).
  const signInHref = (subject: SaveSubject) =>
    `/${lng}/sign-in?next=${encodeURIComponent(`${pathname}?${wordParameter(subject)}`)}`;
  const [tooltip, setTooltip] = useState<{ termId: string; at: PopupAnchor } | null>(null);
  const [card, setCard] = useState<CardSubject | null>(null);
  const [selection, setSelection] = useState<(SentenceRef & { form: string; at: PopupAnchor }) | null>(null);
  const { toast, edge, show, undo, pause, resume } = useReaderToast();
  /** The word of the open card or selection: a message about what was done to it is shown away from it. */
  const openAt = useRef<Box | null>(null);
  useEffect(() => {
    openAt.current = card?.at.anchor ?? selection?.at.anchor ?? null;
  }, [card, selection]);
  const stillPointer = useStillPointer(card !== null);
  const showAwayFromWord = useCallback((next: ReaderToast) => show(next, openAt.current), [show]);
  const statuses = useWordStatuses(lessonId, page, signedIn);
  const { setMark } = statuses;
  const onSaveChange = useCallback(
    (saved: SavedVocabulary, undone: boolean) => {
      if (!undone) setMark(saved.key, "learning-1", true);
      else if (saved.previousStatus !== "learning" || saved.itemCreated)
        setMark(saved.key, markOfStatus(saved.previousStatus), !saved.itemCreated);
    },
    [setMark],
  );
  const { pending, save } = useVocabularySaving(lessonId, strings, showAwayFromWord, onSaveChange);
  const statusChanges = useStatusChanges(lessonId, strings, showAwayFromWord, statuses);
  const [cursorWord, setCursorWord] = useState("");
  const cardRef = useRef<HTMLDivElement>(null);
  const cursor = useRef<{ sentence: HTMLElement; index: number } | null>(null);
  /** Set while the focus goes back to a word after its card closes: that is no reason to show a tooltip. */
  const restoringFocus = useRef(false);
  const speak = useDutchVoice();
  const counterparts = useCounterparts(lessonId, strings);
  const { clear: clearCounterparts, markLookup, markEnglishWord } = counterparts;
  const terms = new Map(glossary.map((term) => [term.id, term]));

  /** Closes the card; with `restoreFocus`, the focus goes back to the word it was opened on, without scrolling. */
  const closeCard = useCallback(
    (restoreFocus: boolean) => {
      highlight("word-parts", []);
      clearCounterparts();
      setCard((current) => {
        if (restoreFocus && current?.anchor) {
          restoringFocus.current = true;
          current.anchor.focus({ preventScroll: true });
          restoringFocus.current = false;
        }
        return null;
      });
    },
    [clearCounterparts],
  );

  /**
   * Opens the card for the word at `offset` of a Dutch sentence and looks it up in the offline dictionary; for a
   * glossary term the card shows the term's curated English too.
   */
  const openWord = useCallback(
    async (sentence: HTMLElement, offset: number, term?: HTMLElement) => {
      const ref = sentenceOf(sentence);
      const words = wordsOf(sentence);
      const at = (point: number | null) =>
        words.find((token) => point !== null && token.start <= point && point < token.end);
      // A click on a term between its words (the space in "akkoorden van Minsk") looks up the term's first word.
      const word = at(offset) ?? (term ? at(offsetOfElement(sentence, term)) : undefined);
      if (!ref || !word) return;
      const range = rangeOf(sentence, word.start, word.end);
      highlight("word-parts", [range]);
      setTooltip(null);
      setSelection(null);
      const subject: CardSubject = {
        ...ref,
        form: term ? (term.textContent ?? word.text) : word.text,
        termId: term?.dataset.term,
        wordOffset: word.start,
        lookup: "loading",
        anchor: term ?? sentence,
        at: popupAnchor(range.getBoundingClientRect(), sentence),
      };
      setCard(subject);
      trackLookup(sentence, word.start);
      const query = new URLSearchParams({ p: ref.paragraphId, s: String(ref.sentencePosition), o: String(word.start) });
      const lookup = await fetchWordLookup(lessonId, query);
      if (typeof lookup === "object") {
        const other = lookup.partner ?? lookup.phrase;
        if (other) highlight("word-parts", [range, rangeOf(sentence, other.start, other.end)]);
        // A term's card is the same whichever of its words was clicked: no one word's counterpart.
        if (!term) markLookup(ref, lookup);
      }
      // Only if the card still shows this word (the learner may have opened another meanwhile).
      setCard((current) =>
        current !== null && current.wordOffset === subject.wordOffset && current.anchor === subject.anchor
          ? { ...current, lookup }
          : current,
      );
    },
    [lessonId, markLookup],
  );

  useEffect(() => {
    const root = document.getElementById("reader");
    if (!root) return;

    /** One pair at a time: the one pointed at, else the focused one (pointer and focus may be on different pairs). */
    const pairHighlight = (target: EventTarget | null, on: boolean) => {
      const pair = pairOf(target);
      if (!pair) return;
      const shown = on ? pair : pairOf(document.activeElement);
      for (const element of root.querySelectorAll<HTMLElement>(".is-paired")) {
        if (element.dataset.pair !== shown) element.classList.remove("is-paired");
      }
      if (shown === null) return;
      for (const element of root.querySelectorAll(`[data-pair="${CSS.escape(shown)}"]`)) {
        element.classList.add("is-paired");
      }
    };
    const showTooltip = (target: EventTarget | null) => {
      const term = target instanceof Element ? target.closest<HTMLElement>(".term") : null;
      if (term?.dataset.term && !restoringFocus.current)
        setTooltip({ termId: term.dataset.term, at: popupAnchor(term.getBoundingClientRect(), term) });
    };
    const hideTooltip = (target: EventTarget | null) => {
      if (target instanceof Element && target.closest(".term")) setTooltip(null);
    };
    const moveCursor = (sentence: HTMLElement, index: number) => {
      const words = wordsOf(sentence);
      const word = words[Math.max(0, Math.min(words.length - 1, index))];
      if (!word) return;
      cursor.current = { sentence, index: words.indexOf(word) };
      highlight("word-cursor", [rangeOf(sentence, word.start, word.end)]);
      setCursorWord(fillPlaceholders(strings.wordCursor, { word: word.text }));
    };
    const onOver = (event: Event) => {
      if (stillPointer(event)) return;
      pairHighlight(event.target, true);
      showTooltip(event.target);
    };
    const onOut = (event: Event) => {
      pairHighlight(event.target, false);
      hideTooltip(event.target);
      if (event.type === "focusout" && cursor.current?.sentence === event.target) {
        cursor.current = null;
        highlight("word-cursor", []);
      }
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      const reveal = target.closest<HTMLButtonElement>(".reveal");
      if (reveal) {
        const open = reveal.getAttribute("aria-expanded") !== "true";
        reveal.setAttribute("aria-expanded", String(open));
        reveal.textContent = open ? strings.concealParagraph : strings.revealParagraph;
        reveal.closest(".row")?.classList.toggle("is-revealed", open);
        return;
      }
      if (window.getSelection()?.isCollapsed === false) return;
      const english = englishSentenceAt(target);
      const englishOffset = english ? offsetAtPoint(english, event.clientX, event.clientY) : null;
      if (english && englishOffset !== null) {
        closeCard(false);
        void markEnglishWord(english, englishOffset);
        return;
      }
      const term = target.closest<HTMLElement>(".term") ?? undefined;
      const sentence = dutchSentenceAt(target);
      if (!sentence) return;
      // Keyboard activation of a term button has no pointer position: look up the term's first word.
      const offset =
        event.detail === 0 && term
          ? offsetOfElement(sentence, term)
          : offsetAtPoint(sentence, event.clientX, event.clientY);
      if (offset !== null) void openWord(sentence, offset, term);
    };
    const onSelectionEnd = () => {
      const found = selectedWordInSentence(root);
      const inText = window.getSelection()?.anchorNode?.parentElement ?? null;
      setSelection(found ? { ...found, at: popupAnchor(found.rect, inText) } : null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // A glossary term is a span with the button role (reader-paragraph.tsx): Enter and Space press it.
      if (event.target instanceof HTMLElement && event.target.matches(".term") && /^(Enter| )$/.test(event.key)) {
        event.preventDefault();
        event.target.click();
        return;
      }
      const sentence = dutchSentenceAt(event.target) ?? englishSentenceAt(event.target);
      if (!sentence || event.target !== sentence || event.altKey || event.ctrlKey || event.metaKey) return;
      const at = cursor.current?.sentence === sentence ? cursor.current.index : -1;
      if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        event.preventDefault();
        moveCursor(sentence, at < 0 ? 0 : at + (event.key === "ArrowRight" ? 1 : -1));
      } else if ((event.key === "Enter" || event.key === " ") && at >= 0) {
        event.preventDefault();
        const word = wordsOf(sentence)[at];
        if (word && sentence.closest(".cell-en")) void markEnglishWord(sentence, word.start);
        else if (word) void openWord(sentence, word.start);
      }
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setTooltip(null);
      setSelection(null);
      closeCard(true);
    };

    const listeners: [EventTarget, string, (event: never) => void][] = [
      [root, "pointerover", onOver],
      [root, "pointerout", onOut],
      [root, "focusin", onOver],
      [root, "focusout", onOut],
      [root, "click", onClick],
      [root, "pointerup", onSelectionEnd],
      [root, "keyup", onSelectionEnd],
      [root, "keydown", onKeyDown],
      [document, "keydown", onEscape],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
    };
  }, [closeCard, markEnglishWord, openWord, stillPointer, strings]);

  useOpenFromAddress(
    useCallback((sentence: HTMLElement, offset: number) => void openWord(sentence, offset), [openWord]),
  );

  // L, K and I in an open card set the word's status, as its buttons do.
  useEffect(() => {
    const element = cardRef.current;
    if (!card || !element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const button = element.querySelector<HTMLButtonElement>(
        `.status-buttons [aria-keyshortcuts="${CSS.escape(event.key.toUpperCase())}"]`,
      );
      if (!button || !/^[lki]$/i.test(event.key)) return;
      event.preventDefault();
      button.click();
    };
    element.addEventListener("keydown", onKey);
    return () => element.removeEventListener("keydown", onKey);
  }, [card]);

  // A card that opens takes the focus, so keyboard and screen-reader users land in it.
  const cardKey = card
    ? `${card.termId ?? ""}:${card.paragraphId}:${card.sentencePosition}:${card.wordOffset ?? ""}`
    : "";
  useEffect(() => {
    if (cardKey) cardRef.current?.querySelector<HTMLElement>("button, a")?.focus({ preventScroll: true });
  }, [cardKey]);

  const saveControl = (subject: SaveSubject, label: string) =>
    signedIn ? (
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          await save(subject);
          setSelection(null);
          closeCard(true);
        }}
      >
        {pending ? strings.saving : label}
      </button>
    ) : (
      <a href={signInHref(subject)}>{strings.signInToSave}</a>
    );

  /** The card's status and its buttons (L / K / I), once the learner's statuses are known; else a save button. */
  const cardControls = (subject: CardSubject) => {
    const info = statuses.statusAt(
      `${subject.paragraphId}:${subject.sentencePosition}`,
      subject.wordOffset,
      subject.termId,
    );
    if (!signedIn || !info) return saveControl(subject, strings.save);
    const status = info.mark.startsWith("learning") ? "learning" : (info.mark as WordStatus);
    const word = cardWord(subject, subject.termId ? terms.get(subject.termId) : undefined);
    return (
      <WordStatusControls
        strings={strings}
        status={status}
        saved={info.saved}
        pending={pending || statusChanges.pending}
        onSet={async (target) => {
          if (target === "learning" && !info.saved) await save(subject);
          else if (target !== status) await statusChanges.changeStatus(info, word, target);
          closeCard(true);
        }}
      />
    );
  };

  const tooltipTerm = tooltip ? terms.get(tooltip.termId) : undefined;

  return (
    <>
      {tooltip && tooltipTerm && !card && (
        <Popup className="tooltip" role="tooltip" at={tooltip.at}>
          <strong lang="en">{tooltipTerm.english}</strong>
          {tooltipTerm.note && <span lang="en">{tooltipTerm.note}</span>}
        </Popup>
      )}

      {card && (
        <WordCard
          cardRef={cardRef}
          strings={strings}
          at={card.at}
          form={card.form}
          term={card.termId ? terms.get(card.termId) : undefined}
          lookup={card.lookup}
          saveControl={cardControls(card)}
          onClose={() => closeCard(true)}
          onListen={speak ?? undefined}
        />
      )}

      {selection && !card && (
        <Popup className="selection-action" at={selection.at}>
          {saveControl(selection, fillPlaceholders(strings.saveSelection, { text: selection.form }))}
        </Popup>
      )}

      <p className="visually-hidden" aria-live="polite">
        {counterparts.message || cursorWord}
      </p>

      {signedIn && statuses.loaded && lastPage && (
        <MarkRestKnown strings={strings} pending={statusChanges.pending} onMark={statusChanges.markRest} />
      )}

      {signedIn && statuses.loaded && (
        <StatusColoursSwitch
          label={strings.colours}
          legend={strings.coloursLegend}
          on={statuses.colours}
          onChange={statuses.setColours}
        />
      )}

      <SaveToast
        toast={toast}
        edge={edge}
        undoLabel={strings.undoKey}
        onUndo={() => void undo()}
        onPause={pause}
        onResume={resume}
      />
    </>
  );
}
