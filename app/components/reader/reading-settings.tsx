"use client";

import { useId } from "react";
import { LINE_SPACINGS, TEXT_SIZE_STEPS, textSizeFactor, type ReadingSettings } from "@/lib/reading/reading-settings";
import { useSettingsHome } from "./use-account-reading-settings";
import { updateReadingSettings, useReadingSettings } from "./use-reading-settings";

export interface ReadingSettingsStrings {
  title: string;
  textSize: string;
  smaller: string;
  larger: string;
  lineSpacing: string;
  lineSpacings: string[];
  theme: string;
  theme_system: string;
  theme_light: string;
  theme_dark: string;
  remembered: string;
  rememberedAccount: string;
  notSaved: string;
}

function Choices<T extends string | number>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="reading-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

const NOTE = { browser: "remembered", account: "rememberedAccount", unsaved: "notSaved" } as const;

/**
 * Text size, line spacing and theme (following the system until the learner picks one), remembered in this browser
 * and, signed in, with the account (the note says which): in the reader's disclosure, and on the Settings page.
 */
export function ReadingSettingsControls({
  strings,
  className,
}: {
  strings: ReadingSettingsStrings;
  className: string;
}) {
  const settings = useReadingSettings();
  const home = useSettingsHome();
  const id = useId();
  const set = (change: Partial<ReadingSettings>) => updateReadingSettings(change);
  const percent = `${Math.round(textSizeFactor(settings.textSize) * 100)} %`;
  return (
    <div className={className}>
      <div className="reading-choice" role="group" aria-labelledby={`${id}-size`}>
        <span id={`${id}-size`} className="reading-choice-label">
          {strings.textSize}
        </span>
        <button
          type="button"
          className="secondary"
          disabled={settings.textSize <= TEXT_SIZE_STEPS.min}
          onClick={() => set({ textSize: settings.textSize - 1 })}
        >
          {strings.smaller}
        </button>
        <output aria-live="polite">{percent}</output>
        <button
          type="button"
          className="secondary"
          disabled={settings.textSize >= TEXT_SIZE_STEPS.max}
          onClick={() => set({ textSize: settings.textSize + 1 })}
        >
          {strings.larger}
        </button>
      </div>
      <Choices
        legend={strings.lineSpacing}
        name={`${id}-line`}
        options={LINE_SPACINGS.map((_, index) => ({ value: index, label: strings.lineSpacings[index] ?? "" }))}
        value={settings.lineSpacing}
        onChange={(lineSpacing) => set({ lineSpacing })}
      />
      <Choices
        legend={strings.theme}
        name={`${id}-theme`}
        options={(["system", "light", "dark"] as const).map((theme) => ({
          value: theme,
          label: strings[`theme_${theme}`],
        }))}
        value={settings.theme}
        onChange={(theme) => set({ theme })}
      />
      <p className="reading-settings-note" aria-live="polite">
        {strings[NOTE[home]]}
      </p>
    </div>
  );
}

/**
 * The reader's "Reading settings": a native disclosure, so it opens with Enter or Space and needs no script to be
 * reachable, whose panel floats over the page.
 */
export function ReadingSettingsPanel({ strings }: { strings: ReadingSettingsStrings }) {
  return (
    <details className="reading-settings">
      <summary>{strings.title}</summary>
      <ReadingSettingsControls strings={strings} className="reading-settings-panel" />
    </details>
  );
}
