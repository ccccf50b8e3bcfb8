"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import en from "@/locales/en/common.json";
import nl from "@/locales/nl/common.json";

/**
 * Next renders not-found pages without route params, so this reads the language from the URL in the browser and
 * takes its strings straight from the locale files.
 */
export function NotFoundMessage() {
  const { lng } = useParams<{ lng?: string }>();
  const strings = lng === "nl" ? nl.notFound : en.notFound;
  return (
    <div className="page">
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <p>
        <Link href={`/${lng === "nl" ? "nl" : "en"}`}>{strings.back}</Link>
      </p>
    </div>
  );
}
