/**
 * The end of a form: its submit button, a status line that screen readers announce when the action succeeded, and
 * the form-level error as an alert.
 */
export function FormActions({
  submit,
  pending,
  success,
  error,
  submitLabel,
}: {
  submit: string;
  pending: boolean;
  /** Announced after a successful submission; empty otherwise. */
  success: string;
  error?: string | null;
  /** The button's accessible name when its visible text needs context (it must contain the visible text). */
  submitLabel?: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={pending} aria-label={submitLabel}>
        {submit}
      </button>
      <span role="status">{success}</span>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
