"use client";

import { useState, useTransition, type FormEvent } from "react";
import { updateLearnerSettingsAction } from "@/app/actions/learner-settings";
import type { LearnerSettingsValues } from "@/lib/vocabulary/learner-settings";
import styles from "./review.module.css";

type StringKey =
  | "newCardsPerDay"
  | "newCardsHint"
  | "reviewsPerDay"
  | "reviewsHint"
  | "dayStartHour"
  | "dayStartHint"
  | "timeZone"
  | "timeZoneHint"
  | "production"
  | "productionHint"
  | "save"
  | "saving"
  | "saved";

interface Props {
  initial: LearnerSettingsValues;
  timeZones: string[];
  /** The highest daily limits the server accepts. */
  limits: { newCardsPerDay: number | undefined; reviewsPerDay: number | undefined };
  strings: Record<StringKey, string>;
  errors: Record<string, string>;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Daily limits, the hour and time zone the learner's day starts in, and production on or off; saved together. */
/** A whole number from 0 to `max`, with its hint read out with it. */
function NumberField(props: { name: string; label: string; hint: string; max?: number; value: number }) {
  const hintId = `${props.name}-hint`;
  return (
    <div className="field">
      <label htmlFor={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        type="number"
        inputMode="numeric"
        required
        min={0}
        max={props.max}
        defaultValue={props.value}
        aria-describedby={hintId}
      />
      <p id={hintId} className="hint">
        {props.hint}
      </p>
    </div>
  );
}

export function ReviewSettingsForm({ initial, timeZones, limits, strings, errors }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      newCardsPerDay: Number(form.get("newCardsPerDay")),
      reviewsPerDay: Number(form.get("reviewsPerDay")),
      dayStartHour: Number(form.get("dayStartHour")),
      timeZone: String(form.get("timeZone")),
      productionReview: form.get("productionReview") === "on",
    };
    startTransition(async () => {
      const saved = await updateLearnerSettingsAction(input);
      setResult(
        saved.ok
          ? { ok: true, message: strings.saved }
          : { ok: false, message: errors[saved.error] ?? errors.unknown ?? "" },
      );
    });
  };

  return (
    <form className={styles.settingsForm} onSubmit={save} onChange={() => setResult(null)}>
      <NumberField
        name="newCardsPerDay"
        label={strings.newCardsPerDay}
        hint={strings.newCardsHint}
        max={limits.newCardsPerDay}
        value={initial.newCardsPerDay}
      />
      <NumberField
        name="reviewsPerDay"
        label={strings.reviewsPerDay}
        hint={strings.reviewsHint}
        max={limits.reviewsPerDay}
        value={initial.reviewsPerDay}
      />
      <div className="field">
        <label htmlFor="dayStartHour">{strings.dayStartHour}</label>
        <select
          id="dayStartHour"
          name="dayStartHour"
          defaultValue={initial.dayStartHour}
          aria-describedby="dayStartHint"
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {`${String(hour).padStart(2, "0")}:00`}
            </option>
          ))}
        </select>
        <p id="dayStartHint" className="hint">
          {strings.dayStartHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="timeZone">{strings.timeZone}</label>
        <select id="timeZone" name="timeZone" defaultValue={initial.timeZone} aria-describedby="timeZoneHint">
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id="timeZoneHint" className="hint">
          {strings.timeZoneHint}
        </p>
      </div>
      <div className="choice">
        <input
          id="productionReview"
          name="productionReview"
          type="checkbox"
          defaultChecked={initial.productionReview}
          aria-describedby="productionHint"
        />
        <label htmlFor="productionReview">{strings.production}</label>
        <p id="productionHint" className={`hint ${styles.choiceHint}`}>
          {strings.productionHint}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? strings.saving : strings.save}
        </button>
      </div>
      <p role="status">{result?.ok ? result.message : ""}</p>
      <p role="alert" className="field-error">
        {result && !result.ok ? result.message : ""}
      </p>
    </form>
  );
}
