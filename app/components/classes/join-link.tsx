"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * The class's join link in full, so a teacher can copy it: the site's address is the browser's own (the server
 * behind a proxy does not reliably know it), so the page first shows the path and the browser fills in the rest.
 */
export function JoinLink({ path, label, hint }: { path: string; label: string; hint: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  return (
    <div className="field">
      <label htmlFor="join-link">{label}</label>
      <input
        id="join-link"
        readOnly
        value={`${origin}${path}`}
        aria-describedby="join-link-hint"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p id="join-link-hint" className="hint">
        {hint} <a href={path}>{path}</a>
      </p>
    </div>
  );
}
