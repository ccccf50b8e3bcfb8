"use client";

import { usePathname } from "next/navigation";
import { switchLanguageAction } from "../actions/language";

interface Option {
  code: string;
  name: string;
  /** Accessible name of the button, e.g. "Switch the interface to Nederlands". */
  action: string;
}

/** Submits the current path with the chosen language, so the same page comes back in that language. */
export function LanguageSwitcher({ lng, label, options }: { lng: string; label: string; options: Option[] }) {
  const pathname = usePathname();
  return (
    <form action={switchLanguageAction} className="language-switcher" aria-label={label}>
      <input type="hidden" name="path" value={pathname} />
      {options.map((option) => (
        <button
          key={option.code}
          type="submit"
          name="lng"
          value={option.code}
          lang={option.code}
          aria-label={option.action}
          aria-pressed={option.code === lng}
          disabled={option.code === lng}
        >
          {option.code.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
