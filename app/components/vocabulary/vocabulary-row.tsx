import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { distinctSentences, showsSentenceEnglish, type VocabularyEntry } from "@/lib/vocabulary/vocabulary-entry";
import { DeleteVocabularyButton } from "./delete-vocabulary-button";
import { ItemCheckbox } from "./item-checkbox";
import { StatusBadge } from "./status-badge";
import { VocabularySentenceLine } from "./vocabulary-sentence";

/** One saved word: its checkbox, word, status, English, note, sentences, and Delete. */
export function VocabularyRow({ lng, entry }: { lng: UiLanguage; entry: VocabularyEntry }) {
  const t = getT(lng, "vocabulary");
  const sentenceStrings = {
    quoteOpen: t("quoteOpen"),
    quoteClose: t("quoteClose"),
    sentenceEnglish: t("sentenceEnglish"),
    inLesson: (title: string) => t("inLesson", { title }),
  };
  const withEnglish = showsSentenceEnglish(entry);
  return (
    <li className="vocabulary-item">
      <div className="vocabulary-head">
        <ItemCheckbox itemId={entry.id} label={t("select", { word: entry.headword })} />
        <h2 lang="nl">{entry.headword}</h2>
        <StatusBadge status={entry.status} label={t("status")} name={t(`status_${entry.status}`)} />
        {entry.english && <p lang="en">{entry.english}</p>}
        <DeleteVocabularyButton
          itemId={entry.id}
          headword={entry.headword}
          label={t("delete")}
          accessibleLabel={t("deleteLabel", { word: entry.headword })}
        />
      </div>
      {entry.note && (
        <p className="vocabulary-note" lang="en">
          {entry.note}
        </p>
      )}
      {entry.contexts.length > 0 && (
        <ul className="contexts" aria-label={t("seenIn")}>
          {distinctSentences(entry.contexts).map((context) => (
            <VocabularySentenceLine
              key={context.id}
              lng={lng}
              context={context}
              withEnglish={withEnglish}
              strings={sentenceStrings}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
