import type { Metadata, Viewport } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { isUiLanguage, UI_LANGUAGES } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { ApplyReadingSettings } from "../components/reader/apply-reading-settings";
import { SiteHeader } from "../components/site-header";
import "./globals.css";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const { lng } = await params;
  const t = getT(isUiLanguage(lng) ? lng : "en", "common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export function generateStaticParams() {
  return UI_LANGUAGES.map((lng) => ({ lng }));
}

export default async function LanguageLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lng: string }>;
}) {
  const { lng } = await params;
  if (!isUiLanguage(lng)) redirect("/");
  const t = getT(lng, "common");
  return (
    <html lang={lng}>
      <body>
        <ApplyReadingSettings />
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader lng={lng} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
