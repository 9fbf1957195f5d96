/** A labelled progress bar (native <progress>: announced by screen readers), with its text beside it. */
export function ProgressBar({ label, value, max, text, testId }: { label: string; value: number | null; max: number; text: string; testId: string }) {
  return (
    <div className="import-progress" data-testid={testId}>
      <progress aria-label={label} max={max} {...(value === null ? {} : { value })} />
      <span className="import-progress__text">{text}</span>
    </div>
  );
}
