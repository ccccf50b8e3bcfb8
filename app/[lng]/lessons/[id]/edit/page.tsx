import Link from "next/link";
import { editLessonDetailsAction, editParagraphAction } from "@/app/actions/curation";
import { LessonDetailsForm } from "@/app/components/curation/lesson-details-form";
import { ParagraphEditForm, type ParagraphEditStrings } from "@/app/components/curation/paragraph-edit-form";
import { errorMessages } from "@/app/components/error-messages";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { PageLinks } from "@/app/components/page-links";
import { lessonPageMetadata } from "@/app/components/record-page-metadata";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { getLessonDetails } from "@/lib/lessons/edit-lesson-details.server";
import type { ParagraphEditOutcome } from "@/lib/lessons/edit-paragraph-input";
import { listEditableParagraphs } from "@/lib/lessons/edit-paragraph.server";
import { LEVELS } from "@/lib/lesson-model/levels";

export const generateMetadata = lessonPageMetadata("curation", "editTitle");

interface Props {
  params: Promise<{ lng: string; id: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}

/** Paragraphs shown at once: each has two text areas, so even a lesson of 25,000 paragraphs is edited a page at a time. */
const PARAGRAPHS_PER_PAGE = 50;

function firstParagraph(from: string | string[] | undefined): number {
  const value = typeof from === "string" && /^\d{1,6}$/.test(from) ? Number(from) : 0;
  return value - (value % PARAGRAPHS_PER_PAGE);
}

/** The owner's page for a lesson's details and the text of its paragraphs. */
export default async function EditLessonPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const base = `/${lng}/lessons/${id}/edit`;
  const user = await requirePageUser(lng, base);
  const details = await orNotFound(getLessonDetails(user, id));
  const from = firstParagraph((await searchParams).from);
  const { total, paragraphs } = await listEditableParagraphs(user, id, from, PARAGRAPHS_PER_PAGE);
  const t = getT(lng, "curation");
  const errors = errorMessages(lng);
  const fieldErrors = t("fieldErrors", { returnObjects: true }) as Record<string, string>;
  const outcomes = t("outcome", { returnObjects: true }) as Record<ParagraphEditOutcome, string>;
  const paragraphStrings = (number: number): ParagraphEditStrings => ({
    label: t("paragraphLabel", { number }),
    dutch: t("dutch"),
    english: t("english"),
    englishHint: t("englishHint"),
    original: t("original"),
    submit: t("saveParagraph", { number }),
    outcomes,
    errors,
    fieldErrors,
  });
  const pageLink = (start: number, label: string) => ({ href: `${base}?from=${start}`, label });
  const range = t("paragraphRange", { from: from + 1, to: from + paragraphs.length, total });
  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/my/lessons/${id}`}>{t("backToLesson")}</Link> ·{" "}
        <Link href={`/${lng}/lessons/${id}/teach`}>{t("teachLink")}</Link>
      </p>
      <h1>{t("editTitle", { title: details.title })}</h1>
      <p className="intro">{t("editIntro")}</p>
      <section aria-labelledby="details-heading" className="lesson-card">
        <h2 id="details-heading">{t("details")}</h2>
        <LessonDetailsForm
          action={editLessonDetailsAction.bind(null, id)}
          initial={details}
          levels={LEVELS}
          strings={{
            title: t("title"),
            titleEnglish: t("titleEnglish"),
            summary: t("summary"),
            level: t("level"),
            submit: t("saveDetails"),
            saved: t("saved"),
            errors,
            fieldErrors,
          }}
        />
      </section>
      <section aria-labelledby="paragraphs-heading">
        <h2 id="paragraphs-heading">{t("paragraphs")}</h2>
        {total > 0 && <p>{range}</p>}
        <ol className="paragraph-edits">
          {paragraphs.map((paragraph) => (
            <li key={paragraph.id} className="lesson-card">
              <ParagraphEditForm
                action={editParagraphAction.bind(null, id, paragraph.id)}
                paragraph={paragraph}
                strings={paragraphStrings(paragraph.position + 1)}
              />
            </li>
          ))}
        </ol>
        <PageLinks
          label={t("pages")}
          position={range}
          previous={from > 0 ? pageLink(from - PARAGRAPHS_PER_PAGE, t("previousParagraphs")) : undefined}
          next={
            from + PARAGRAPHS_PER_PAGE < total ? pageLink(from + PARAGRAPHS_PER_PAGE, t("nextParagraphs")) : undefined
          }
        />
      </section>
    </div>
  );
}
