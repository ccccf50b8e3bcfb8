"use client";

import { useParams } from "next/navigation";
import en from "@/locales/en/common.json";
import nl from "@/locales/nl/common.json";

/** Shown when a page fails unexpectedly: a plain message in the UI language, never the error itself. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { lng } = useParams<{ lng?: string }>();
  const strings = lng === "nl" ? nl.error : en.error;
  return (
    <div className="page" role="alert">
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <button type="button" onClick={reset}>
        {strings.retry}
      </button>
    </div>
  );
}
