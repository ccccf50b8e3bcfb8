import Link from "next/link";
import { ClassProgressTable } from "@/app/components/progress/class-progress-table";
import { orNotFound, requirePageUser } from "@/app/components/page-access";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { classTable } from "@/lib/progress/class-table.server";

interface Props {
  params: Promise<{ lng: string; id: string }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "progress")("table.caption") };
}

/** A class's learners × assigned lessons, for its teachers (co-teachers too; archived classes read-only). */
export default async function ClassProgressPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = toUiLanguage(raw);
  const user = await requirePageUser(lng, `/${lng}/classes/${id}/progress`);
  const { classroom, table } = await orNotFound(classTable(user, id));
  const t = getT(lng, "progress");
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
      {table.rows.length > 0 && table.lessons.length > 0 && <ClassProgressTable lng={lng} classId={id} table={table} />}
    </div>
  );
}
