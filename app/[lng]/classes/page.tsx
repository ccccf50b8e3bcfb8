import { MyClassesList } from "@/app/components/classes/my-classes-list";
import { TaughtClassesSection } from "@/app/components/classes/taught-classes-section";
import { requirePageUser } from "@/app/components/page-access";
import { canCreateClass } from "@/lib/classes/class-policy";
import { listMyClasses } from "@/lib/classes/list-my-classes.server";
import { listTaughtClasses } from "@/lib/classes/list-taught-classes.server";
import { toUiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

interface Props {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ joined?: string | string[]; archived?: string | string[] }>;
}

export async function generateMetadata({ params }: Props) {
  return { title: getT(toUiLanguage((await params).lng), "classes")("title") };
}

/** "My classes" for everyone signed in; teachers also see the classes they teach and create new ones here. */
export default async function ClassesPage({ params, searchParams }: Props) {
  const lng = toUiLanguage((await params).lng);
  const user = await requirePageUser(lng, `/${lng}/classes`);
  const { joined, archived } = await searchParams;
  const showArchived = archived === "1";
  const t = getT(lng, "classes");
  const [myClasses, taught] = await Promise.all([
    listMyClasses(user),
    canCreateClass(user) ? listTaughtClasses(user, { archived: showArchived }) : Promise.resolve(null),
  ]);
  const joinedClass = typeof joined === "string" ? myClasses.find((found) => found.id === joined) : undefined;
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      {joinedClass && (
        <p role="status" className="notice">
          {t("joined", { name: joinedClass.name })}
        </p>
      )}
      <section aria-labelledby="my-classes-heading">
        <h2 id="my-classes-heading">{t("myClassesTitle")}</h2>
        <p className="intro">{t("myClassesIntro")}</p>
        <MyClassesList lng={lng} classes={myClasses} />
      </section>
      {taught && <TaughtClassesSection lng={lng} classes={taught} archived={showArchived} />}
    </div>
  );
}
