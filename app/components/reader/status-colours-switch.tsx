"use client";

import { useId } from "react";
import { updateLearnerSettingsAction } from "../../actions/learner-settings";

/** The reader's switch for colouring words by status, remembered in the learner's account. */
export function StatusColoursSwitch(props: {
  label: string;
  legend: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const legendId = useId();
  return (
    <span className="status-colours">
      <label>
        <input
          type="checkbox"
          checked={props.on}
          aria-describedby={legendId}
          onChange={(event) => {
            const on = event.target.checked;
            props.onChange(on);
            void updateLearnerSettingsAction({ statusColours: on });
          }}
        />{" "}
        {props.label}
      </label>
      <span id={legendId} className="visually-hidden">
        {props.legend}
      </span>
    </span>
  );
}
