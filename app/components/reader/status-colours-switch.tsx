"use client";

import { useId, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { updateLearnerSettingsAction } from "../../actions/learner-settings";

/** The slot for the switch is in the server-rendered page, which does not change under it. */
const noSubscription = () => () => {};

/**
 * The reader's switch for colouring words by status, remembered in the learner's account. It is put into the
 * reader's header in the browser, as the page itself is the same for everyone.
 */
export function StatusColoursSwitch(props: {
  label: string;
  legend: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const legendId = useId();
  const slot = useSyncExternalStore(
    noSubscription,
    () => document.getElementById("reader-status-tools"),
    () => null,
  );
  if (!slot) return null;
  return createPortal(
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
    </span>,
    slot,
  );
}
