import type { ReaderGlossaryTerm } from "@/lib/lesson-model/reader-view";
import type { ReaderParagraph, TextRun } from "@/lib/lesson-model/reader-view";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

/**
 * A glossary term is an inline span with the button role rather than a <button>: a button is laid out as one block,
 * so a long term could not wrap and the line could break between the term and its comma or quotation mark. Enter
 * and Space open it as a button's would (reader-interactions.tsx).
 */
function Runs({ runs, glossary }: { runs: TextRun[]; glossary: ReaderGlossaryTerm[] }) {
  return runs.map((run, index) =>
    run.termId && glossary.some((term) => term.id === run.termId) ? (
      <span
        key={index}
        role="button"
        tabIndex={0}
        className="term"
        data-term={run.termId}
        aria-describedby={`gloss-${run.termId}`}
        aria-haspopup="dialog"
      >
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

/** A sentence of either column; `data-pair` links it to its counterpart in the other column. */
function Sentence({ pair, children }: { pair: string; children: React.ReactNode }) {
  return (
    <span className="sentence" data-pair={pair} tabIndex={0}>
      {children}
    </span>
  );
}

function Block({ kind, children }: { kind: string; children: React.ReactNode }) {
  if (kind === "heading") return <h2 className="text-heading">{children}</h2>;
  if (kind === "quote") return <blockquote className="text-quote">{children}</blockquote>;
  if (kind === "caption") return <p className="text-caption">{children}</p>;
  return <p>{children}</p>;
}

function joinSentences(nodes: React.ReactNode[]): React.ReactNode[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [" ", node]));
}

/**
 * One row of the reader: the Dutch paragraph and, level with it, its English. A paragraph that is already English
 * in the source is shown once across both columns and labelled as original English.
 */
export function ReaderParagraphRow({
  paragraph,
  glossary,
  lng,
}: {
  paragraph: ReaderParagraph;
  glossary: ReaderGlossaryTerm[];
  lng: UiLanguage;
}) {
  const t = getT(lng, "reader");
  const pair = (position: number) => `${paragraph.id}:${position}`;
  const kindLabel = paragraph.kind === "caption" ? t("caption") : paragraph.kind === "quote" ? t("quote") : null;

  if (paragraph.language === "en") {
    return (
      <section
        className={`row row-original kind-${paragraph.kind}`}
        aria-label={t("originalEnglish")}
        data-position={paragraph.position}
      >
        <div className="cell-original" lang="en">
          <p className="original-badge">
            <span>{t("originalEnglish")}</span>
            <span className="visually-hidden"> {t("originalEnglishHint")}</span>
          </p>
          <Block kind={paragraph.kind}>
            {joinSentences(paragraph.sentences.map((sentence) => sentence.runs.map((run) => run.text).join("")))}
          </Block>
        </div>
      </section>
    );
  }

  const englishId = `en-${paragraph.id}`;
  return (
    <section className={`row kind-${paragraph.kind}`} data-paragraph={paragraph.id} data-position={paragraph.position}>
      <div className="cell-nl" lang="nl">
        {kindLabel && (
          <p className="kind-label" lang={lng}>
            {kindLabel}
          </p>
        )}
        <Block kind={paragraph.kind}>
          {joinSentences(
            paragraph.sentences.map((sentence) =>
              sentence.runs.length === 0 ? null : (
                <Sentence key={sentence.position} pair={pair(sentence.position)}>
                  <Runs runs={sentence.runs} glossary={glossary} />
                </Sentence>
              ),
            ),
          )}
        </Block>
      </div>
      {/* Without a translation the cell stays empty: the header says so once for the lesson. */}
      <div className="cell-en" lang="en">
        {paragraph.translation && (
          <>
            <button type="button" className="reveal" aria-expanded="false" aria-controls={englishId} lang={lng}>
              {t("revealParagraph")}
            </button>
            <div id={englishId} className="english-text">
              <Block kind={paragraph.kind}>
                {joinSentences(
                  paragraph.translation.map((sentence) =>
                    sentence.text.length === 0 ? null : (
                      <Sentence key={sentence.position} pair={pair(sentence.position)}>
                        {sentence.text}
                      </Sentence>
                    ),
                  ),
                )}
              </Block>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
