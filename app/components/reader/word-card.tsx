"use client";

import type { KeyboardEvent, RefObject } from "react";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import type { ReaderGlossaryTerm } from "@/lib/lesson-model/reader-view";
import type { WordLookup } from "@/lib/lesson-model/word-lookup";
import type { ReaderStrings } from "./reader-strings";
import { Popup } from "./popup";
import type { PopupAnchor } from "./use-popup-placement";
import { WordGrammarFacts } from "./word-grammar-facts";

interface Props {
  strings: ReaderStrings;
  cardRef: RefObject<HTMLDivElement | null>;
  at: PopupAnchor;
  form: string;
  term?: ReaderGlossaryTerm;
  lookup?: WordLookup | "loading" | "error";
  saveControl: React.ReactNode;
  onClose: () => void;
  onListen?: (text: string) => void;
}

function Glosses({ glosses }: { glosses: string[] }) {
  return (
    <span lang="en" className="glosses">
      {glosses.slice(0, 3).join("; ")}
    </span>
  );
}

/**
 * Keeps Tab and Shift+Tab within the card, going round from its last control to its first: the card is left with
 * Escape or its Close button, which give the focus back to the word.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== "Tab") return;
  const controls = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>("button:not(:disabled), a[href], input:not(:disabled)"),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || document.activeElement === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** One word's or glossary term's card: meaning, grammar hints, listening and saving. One card is open at a time. */
export function WordCard(props: Props) {
  const { strings, term, lookup, form } = props;
  const analysis = typeof lookup === "object" ? lookup.analysis : null;
  const counterpart = typeof lookup === "object" ? lookup.counterpart : undefined;
  const verb = analysis?.separableVerb;
  const title = term?.term ?? analysis?.lemmas[0]?.lemma ?? form;
  return (
    <Popup
      at={props.at}
      popupRef={props.cardRef}
      className="word-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="word-card-title"
      onKeyDown={keepFocusInside}
    >
      <p className="card-kind">{term ? strings.glossaryTerm : strings.wordCard}</p>
      <h2 id="word-card-title" lang="nl">
        {title}
        {analysis && analysis.form !== title && <span className="card-form"> ({analysis.form})</span>}
      </h2>
      {term && (
        <>
          <p lang="en" className="card-english">
            {term.english}
          </p>
          {term.note && (
            <p lang="en" className="card-note">
              {term.note}
            </p>
          )}
        </>
      )}
      {!term && lookup === "loading" && <p role="status">{strings.loading}</p>}
      {!term && lookup === "error" && <p role="alert">{strings.lookupFailed}</p>}
      {term && (
        <dl className="card-facts">
          <dt>{strings.frequency}</dt>
          <dd>{strings[`frequency_${term.frequencyBand}`]}</dd>
        </dl>
      )}
      {analysis && !term && (
        <dl className="card-facts">
          {counterpart && (
            <>
              <dt>{strings.here}</dt>
              <dd lang="en" className="card-counterpart">
                <strong>{counterpart.text}</strong>
              </dd>
            </>
          )}
          {analysis.phrase && (
            <>
              <dt>{strings.phrase}</dt>
              <dd className="card-phrase">
                <strong lang="nl">{analysis.phrase.lemma}</strong> <Glosses glosses={analysis.phrase.glosses} />
              </dd>
            </>
          )}
          {verb && (
            <>
              <dt>{verb.certainty === "sure" ? strings.separableVerb : strings.separableVerbPossible}</dt>
              <dd>
                <strong lang="nl">{verb.lemma}</strong> <Glosses glosses={verb.glosses} />
              </dd>
            </>
          )}
          {analysis.lemmas.length > 0 && (
            <>
              <dt>{analysis.lemmas.length > 1 ? strings.lemmas : strings.lemma}</dt>
              {analysis.lemmas.map((reading) => (
                <dd key={`${reading.lemma}-${reading.source}`}>
                  <strong lang="nl">{reading.lemma}</strong>{" "}
                  {reading.glosses.length > 0 ? <Glosses glosses={reading.glosses} /> : strings.noGloss}
                  {reading.source === "guess" && <span className="badge"> {strings.guess}</span>}
                  {reading.guess && <span className="badge"> {strings.compoundGuess}</span>}
                </dd>
              ))}
            </>
          )}
          {analysis.compound && (
            <>
              <dt>{strings.compound}</dt>
              <dd lang="nl" className="compound">
                {analysis.compound.parts.map((part, index) => (
                  <span key={index}>
                    {index > 0 && " + "}
                    <strong>{part.lemma}</strong> <Glosses glosses={part.glosses.slice(0, 1)} />
                    {part.linker && ` + ${part.linker}`}
                  </span>
                ))}
              </dd>
            </>
          )}
          {typeof lookup === "object" && lookup.grammar && (
            <WordGrammarFacts grammar={lookup.grammar} strings={strings} />
          )}
          <dt>{strings.frequency}</dt>
          <dd>{strings[`frequency_${analysis.frequencyBand}`]}</dd>
          {analysis.isLikelyName && <dd>{strings.likelyName}</dd>}
        </dl>
      )}
      <div className="card-actions">
        {props.saveControl}
        {props.onListen && (
          <button
            type="button"
            className="secondary"
            aria-label={fillPlaceholders(strings.listenTo, { text: title })}
            onClick={() => props.onListen?.(title)}
          >
            {strings.listen}
          </button>
        )}
        <button type="button" className="secondary" onClick={props.onClose}>
          {strings.close}
        </button>
      </div>
    </Popup>
  );
}
