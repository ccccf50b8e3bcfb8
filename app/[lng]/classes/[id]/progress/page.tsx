import Link from "next/link";
import { PageLinks } from "@/app/components/page-links";
import { ClassProgressTable } from "@/app/components/progress/class-progress-table";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { classPageMetadata } from "@/app/components/record-page-metadata";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { classTablePage } from "@/lib/progress/class-table";
import { classTable } from "@/lib/progress/class-table.server";

interface Props {
  params: Promise<{ lng: string; id: string }>;
  searchParams: Promise<{ lessons?: string | string[] }>;
}

export const generateMetadata = classPageMetadata((lng, name) => getT(lng, "progress")("table.title", { name }));

/** A class's learners × assigned lessons, for its teachers (co-teachers too; archived classes read-only). */
export default async function ClassProgressPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const requested = (await searchParams).lessons;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/classes/${id}/progress`);
  const { classroom, table: wholeTable } = await orNotFound(classTable(user, id));
  const shown = classTablePage(wholeTable, Number(typeof requested === "string" ? requested : 1));
  const table = shown.table;
  const t = getT(lng, "progress");
  const pageHref = (page: number) => `/${lng}/classes/${id}/progress?lessons=${page}`;
  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/classes/${id}`}>{t("table.backToClass")}</Link>
      </p>
      <h1>{t("table.title", { name: classroom.name })}</h1>
      <p className="intro">{t("table.intro")}</p>
      {classroom.archivedAt && <p className="badge">{t("table.archived")}</p>}
      <p>
        <a href={`/api/classes/${id}/progress.csv?lng=${lng}`} download>
          {t("table.download")}
        </a>
      </p>
      {table.rows.length === 0 && <p>{t("table.noLearners")}</p>}
      {table.lessons.length === 0 && <p>{t("table.noLessons")}</p>}
      {table.rows.length > 0 && table.lessons.length > 0 && (
        <>
          <ClassProgressTable lng={lng} classId={id} table={table} />
          {shown.pageCount > 1 && (
            <PageLinks
              label={t("table.lessonPages")}
              position={t("table.lessonPosition", {
                first: shown.first,
                last: shown.last,
                count: wholeTable.lessons.length,
              })}
              previous={
                shown.page > 1 ? { href: pageHref(shown.page - 1), label: t("table.earlierLessons") } : undefined
              }
              next={
                shown.page < shown.pageCount
                  ? { href: pageHref(shown.page + 1), label: t("table.laterLessons") }
                  : undefined
              }
            />
          )}
        </>
      )}
    </div>
  );
}
