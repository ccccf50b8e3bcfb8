import Link from "next/link";
import type { Ref } from "react";
import { sentencePath } from "@/lib/lesson-model/sentence-path";
import { splitAtForm } from "@/lib/vocabulary/review-sentence";
import type { ReviewCardView } from "@/lib/vocabulary/review-card-view";
import { ReviewSentence } from "./review-sentence";
import type { ReviewStrings } from "./review-strings";
import styles from "./review.module.css";

interface Props {
  card: ReviewCardView;
  revealed: boolean;
  strings: ReviewStrings;
  /** Speaks Dutch text, or null when the browser has no Dutch voice. */
  speak: ((text: string) => void) | null;
  onReveal: () => void;
  /** The card's section, focused when the answer shows and when the next card comes. */
  sectionRef: Ref<HTMLElement>;
}

/** Whether production can leave the word out of its sentence (a form not found in it would give the answer away). */
function gapped(card: ReviewCardView): boolean {
  return card.sentence !== null && splitAtForm(card.sentence.sentence, card.sentence.form) !== null;
}

function promptOf(card: ReviewCardView, strings: ReviewStrings): string {
  if (card.direction === "production") return gapped(card) ? strings.productionPrompt : strings.productionPromptWord;
  return card.sentence ? strings.recognitionPrompt : strings.recognitionPromptWord;
}

/** Recognition: the word in bold in its sentence, and its headword. */
function RecognitionQuestion({ card, strings }: Pick<Props, "card" | "strings">) {
  return (
    <>
      <p lang="nl" className={styles.headword}>
        {card.headword}
      </p>
      {card.sentence && (
        <ReviewSentence
          sentence={card.sentence.sentence}
          form={card.sentence.form}
          mark="bold"
          gapLabel={strings.gap}
        />
      )}
    </>
  );
}

/** Production: the sentence with the word left out, and the sentence's English (or the word's) as the cue. */
function ProductionQuestion({ card, strings }: Pick<Props, "card" | "strings">) {
  const cue = gapped(card) ? card.sentence?.english || card.english : card.english;
  return (
    <>
      {card.sentence && gapped(card) && (
        <ReviewSentence sentence={card.sentence.sentence} form={card.sentence.form} mark="gap" gapLabel={strings.gap} />
      )}
      {cue && (
        <p lang="en" className={styles.cue}>
          {cue}
        </p>
      )}
    </>
  );
}

function Answer({ card, strings, speak }: Pick<Props, "card" | "strings" | "speak">) {
  const sentence = card.sentence;
  const link =
    sentence?.lessonId && sentence.paragraphId && sentence.sentencePosition !== null
      ? sentencePath(strings.lng, sentence.lessonId, sentence.paragraphId, sentence.sentencePosition)
      : null;
  return (
    <div className={styles.answer}>
      {card.direction === "production" && (
        <>
          <p lang="nl" className={styles.headword}>
            {card.headword}
          </p>
          {sentence && (
            <ReviewSentence sentence={sentence.sentence} form={sentence.form} mark="bold" gapLabel={strings.gap} />
          )}
        </>
      )}
      <dl className={styles.facts}>
        <dt>{strings.meaning}</dt>
        <dd lang={card.english ? "en" : undefined}>{card.english || strings.noMeaning}</dd>
        {card.note && (
          <>
            <dt>{strings.note}</dt>
            <dd lang="en" className="review-note">
              {card.note}
            </dd>
          </>
        )}
        {card.direction === "recognition" && sentence?.english && (
          <>
            <dt>{strings.sentenceEnglish}</dt>
            <dd lang="en">{sentence.english}</dd>
          </>
        )}
      </dl>
      <p className={styles.tools}>
        {speak ? (
          <button
            type="button"
            className="secondary"
            aria-label={strings.listenLabel}
            onClick={() => speak(sentence?.sentence ?? card.headword)}
          >
            {strings.listen}
          </button>
        ) : (
          <span className="hint">{strings.noVoice}</span>
        )}
        {link && <Link href={link}>{strings.openInLesson}</Link>}
      </p>
    </div>
  );
}

/** The card on screen: its question, then (Space or the button) its answer. */
export function ReviewCard({ card, revealed, strings, speak, onReveal, sectionRef }: Props) {
  return (
    <section ref={sectionRef} tabIndex={-1} aria-labelledby="review-prompt" className={styles.card}>
      <h2 id="review-prompt" className={styles.prompt}>
        {promptOf(card, strings)}
      </h2>
      {card.direction === "production" ? (
        <ProductionQuestion card={card} strings={strings} />
      ) : (
        <RecognitionQuestion card={card} strings={strings} />
      )}
      {revealed ? (
        <Answer card={card} strings={strings} speak={speak} />
      ) : (
        <button type="button" className={styles.reveal} aria-keyshortcuts="Space" onClick={onReveal}>
          {strings.showAnswer}
        </button>
      )}
    </section>
  );
}
