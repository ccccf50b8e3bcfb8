import Link from "next/link";
import { sentencePath } from "@/lib/lesson-model/sentence-path";
import { splitAtForm } from "@/lib/vocabulary/review-sentence";
import { needsQuotes } from "@/lib/vocabulary/sentence-quotes";
import { sentencePlace, type VocabularySentence } from "@/lib/vocabulary/vocabulary-entry";
import styles from "./vocabulary-list.module.css";

interface Props {
  lng: string;
  context: VocabularySentence;
  /** Whether to show the English of the sentence (see showsSentenceEnglish). */
  withEnglish: boolean;
  strings: { quoteOpen: string; quoteClose: string; sentenceEnglish: string; inLesson: (title: string) => string };
}

/**
 * A sentence a word was saved in: quoted unless it brings its own quotation marks, the saved form in bold (as text:
 * nothing from the database is ever read as HTML), its English where the row needs it, and a link to the sentence
 * in its lesson while the lesson exists.
 */
export function VocabularySentenceLine({ lng, context, withEnglish, strings }: Props) {
  const parts = splitAtForm(context.sentence, context.form);
  const quoted = needsQuotes(context.sentence);
  const place = sentencePlace(context);
  return (
    <li>
      {quoted && strings.quoteOpen}
      <span lang="nl">
        {parts ? (
          <>
            {parts.before}
            <b>{parts.form}</b>
            {parts.after}
          </>
        ) : (
          context.sentence
        )}
      </span>
      {quoted && strings.quoteClose}
      {place && context.lessonTitle !== null && (
        <Link className={styles.lessonLink} href={sentencePath(lng, place.lessonId, place.paragraphId, place.position)}>
          {strings.inLesson(context.lessonTitle)}
        </Link>
      )}
      {withEnglish && context.english && (
        <span className={styles.sentenceEnglish}>
          {strings.sentenceEnglish} <span lang="en">{context.english}</span>
        </span>
      )}
    </li>
  );
}
