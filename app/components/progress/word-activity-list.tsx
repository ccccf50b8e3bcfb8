import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { WordActivity } from "@/lib/progress/member-activity";
import { formatDay } from "@/app/components/format-day";

/** The words a learner looked up or saved, newest first, each with the sentence it stood in. */
export function WordActivityList({ lng, words }: { lng: UiLanguage; words: WordActivity[] }) {
  const t = getT(lng, "progress");
  if (words.length === 0) return <p>{t("learner.noWords")}</p>;
  return (
    <ul className="word-activity">
      {words.map((word) => (
        <li key={word.id}>
          <strong lang="nl">{word.word}</strong>{" "}
          <span className="hint">
            {t("learner.wordIn", {
              kind: t(word.kind === "save" ? "learner.saved" : "learner.lookedUp"),
              title: word.lessonTitle,
              date: formatDay(lng, word.at),
            })}
          </span>
          {word.sentence && (
            <blockquote lang="nl" className="word-sentence">
              {word.sentence}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
