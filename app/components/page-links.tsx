import Link from "next/link";

export interface PageLink {
  href: string;
  label: string;
}

interface Props {
  /** Names the navigation for assistive technology, e.g. "Pages". */
  label: string;
  /** Where the reader is, e.g. "Page 2 of 25". */
  position: string;
  /** Towards the start of the list; left out on the first page. */
  previous?: PageLink;
  /** Towards the end of the list; left out on the last page. */
  next?: PageLink;
}

/** Plain links (not buttons), so each page has its own URL that can be bookmarked, shared and opened in a new tab. */
export function PageLinks({ label, position, previous, next }: Props) {
  return (
    <nav aria-label={label} className="page-links">
      {previous && (
        <Link href={previous.href} rel="prev">
          <span aria-hidden="true">← </span>
          {previous.label}
        </Link>
      )}{" "}
      <span>{position}</span>{" "}
      {next && (
        <Link href={next.href} rel="next">
          {next.label}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
