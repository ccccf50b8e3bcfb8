/**
 * The one error type the domain throws for expected failures. `code` is a stable identifier that the UI turns
 * into a message in the user's language (locales/{lng}/errors.json); nothing else of the error reaches users.
 */
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not-found",
  "invalid-input",
  "email-taken",
  "invalid-credentials",
  "too-many-attempts",
  "empty-text",
  "text-too-long",
  "file-too-large",
  "unsupported-file",
  "unreadable-file",
  "binary-file",
  "too-many-paragraphs",
  "too-many-sentences",
  "too-deeply-nested",
  "document-too-large",
  "import-timed-out",
  "import-too-complex",
  "server-busy",
  "too-long-to-correct",
  "too-many-imports",
  "too-many-registrations",
  "term-exists",
  "deepl-not-configured",
  "teacher-only",
  "class-archived",
  "join-code-unknown",
  "join-code-rotated",
  "join-code-disabled",
  "already-in-class",
  "class-full",
  "too-many-join-attempts",
  "co-teacher-unknown",
  "already-teaching",
  "teaching-this-class",
  "teacher-role-revoked",
  "still-teaching",
  "too-many-events",
  "wrong-password",
  "nothing-to-undo",
  "import-empty",
  "import-too-many-rows",
  "import-no-word-column",
  "import-has-errors",
  "storage-full",
  "unknown",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  /** The form field the error concerns, when it concerns one ("dutch" for the Dutch text of a new lesson). */
  readonly field: string | undefined;

  constructor(
    readonly code: ErrorCode,
    options: { field?: string } = {},
  ) {
    super(code);
    this.name = "AppError";
    this.field = options.field;
  }
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof AppError ? error.code : "unknown";
}
