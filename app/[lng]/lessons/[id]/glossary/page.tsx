import Link from "next/link";
import { lessonPageMetadata } from "@/app/components/record-page-metadata";
import { glossaryTermCounts } from "@/lib/glossary/glossary-term-counts.server";
import { listGlossaryForEditing } from "@/lib/glossary/manage-glossary.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { getLessonTitle } from "@/lib/lessons/get-lesson-title.server";
import {
  addGlossaryTermAction,
  deleteGlossaryTermAction,
  updateGlossaryTermAction,
} from "../../../../actions/glossary";
import { ActionButton } from "../../../../components/action-button";
import { errorMessages, fieldErrorMessages } from "../../../../components/error-messages";
import { orNotFound, requirePageUser } from "../../../../components/page-access";
import { GlossaryTermForm, type GlossaryFormStrings } from "../../../../components/glossary-term-form";
import { TermCount } from "./term-count";

export const generateMetadata = lessonPageMetadata("editor", "glossaryTitle");

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export default async function GlossaryEditorPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/lessons/${id}/glossary`);
  const terms = await orNotFound(listGlossaryForEditing(user, id));
  const [title, counts] = await Promise.all([getLessonTitle(id, user), glossaryTermCounts(user, id, terms)]);
  const t = getT(lng, "editor");
  const errors = errorMessages(lng);
  const strings = (submit: string): GlossaryFormStrings => ({
    term: t("term"),
    english: t("english"),
    note: t("note"),
    variants: t("variants"),
    submit,
    saved: t("saved"),
    errors,
    fieldErrors: fieldErrorMessages(lng),
  });
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/my/lessons/${id}`}>{t("backToLesson")}</Link>
      </p>
      <h1>{t("glossaryTitle", { title })}</h1>
      <p className="intro">{t("glossaryIntro")}</p>
      <section aria-labelledby="add-term" className="glossary-add">
        <h2 id="add-term">{t("addTerm")}</h2>
        <GlossaryTermForm
          idPrefix="new"
          action={addGlossaryTermAction.bind(null, id)}
          strings={{ ...strings(t("addTerm")), hints: { term: t("termHint"), variants: t("variantsHint") } }}
          resetOnSave
        />
      </section>
      {terms.length === 0 ? (
        <p>{t("noTerms")}</p>
      ) : (
        <ul className="glossary-list">
          {terms.map((term) => (
            <li key={term.id} className="glossary-item">
              <h2 lang="nl" id={`${term.id}-heading`}>
                {term.term}
              </h2>
              <TermCount id={`${term.id}-count`} count={counts.get(term.id) ?? 0} lng={lng} />
              <GlossaryTermForm
                idPrefix={term.id}
                action={updateGlossaryTermAction.bind(null, term.id)}
                strings={strings(t("saveTerm"))}
                initial={term}
                labelledBy={`${term.id}-heading`}
                describedBy={`${term.id}-count`}
              />
              <ActionButton
                action={deleteGlossaryTermAction.bind(null, term.id)}
                label={t("deleteTerm")}
                accessibleLabel={t("deleteTermLabel", { term: term.term })}
                errors={errors}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
