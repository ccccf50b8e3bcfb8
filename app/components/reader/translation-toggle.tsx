"use client";

import { useState } from "react";

/** Hides or shows the whole English column (read first, check later). */
export function TranslationToggle({ hideLabel, showLabel }: { hideLabel: string; showLabel: string }) {
  const [hidden, setHidden] = useState(false);
  return (
    <button
      type="button"
      className="secondary translation-toggle"
      aria-pressed={hidden}
      onClick={() => {
        document.getElementById("reader")?.classList.toggle("hide-english", !hidden);
        setHidden(!hidden);
      }}
    >
      {hidden ? showLabel : hideLabel}
    </button>
  );
}
