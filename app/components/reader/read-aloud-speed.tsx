"use client";

import { SPEECH_RATES } from "@/lib/reading/reading-settings";
import { updateReadingSettings } from "./use-reading-settings";

/** The reading-aloud speed, a reading setting (remembered with the others). */
export function ReadAloudSpeed({ label, rate, disabled }: { label: string; rate: number; disabled: boolean }) {
  return (
    <label className="read-aloud-speed">
      {label}{" "}
      <input
        type="range"
        min={SPEECH_RATES.min}
        max={SPEECH_RATES.max}
        step={SPEECH_RATES.step}
        value={rate}
        disabled={disabled}
        aria-valuetext={`${rate.toFixed(1)}×`}
        onChange={(event) => updateReadingSettings({ speechRate: Number(event.target.value) })}
      />{" "}
      <output>{rate.toFixed(1)}×</output>
    </label>
  );
}
