"use client";

import { useState } from "react";
import type { ActionResult } from "../actions/action-result";
import { ActionButton } from "./action-button";

/** A destructive action asks once more, in place, before it runs (no browser dialog). */
export function ConfirmActionButton(props: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  errors: Record<string, string>;
  successHref?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={props.question} className="confirm">
      <span>{props.question}</span>
      <ActionButton
        action={props.action}
        label={props.confirm}
        accessibleLabel={props.confirm}
        errors={props.errors}
        successHref={props.successHref}
        className="danger"
      />
      <button type="button" className="secondary" onClick={() => setAsking(false)} autoFocus>
        {props.cancel}
      </button>
    </span>
  );
}
