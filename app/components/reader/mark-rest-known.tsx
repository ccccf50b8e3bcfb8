"use client";

import type { ReaderStrings } from "./reader-strings";

/** At the end of a lesson: every word still new becomes known (Lute's "mark page as read"), with undo. */
export function MarkRestKnown(props: { strings: ReaderStrings; pending: boolean; onMark: () => Promise<void> }) {
  const { strings } = props;
  return (
    <section className="mark-rest" aria-label={strings.markRestKnown}>
      <p>{strings.markRestKnownHint}</p>
      <button type="button" className="secondary" disabled={props.pending} onClick={() => void props.onMark()}>
        {strings.markRestKnown}
      </button>
    </section>
  );
}
