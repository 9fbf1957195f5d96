/**
 * A file input in the reader's language: the browser's own button ("Choose Files") is hidden and a label styled
 * as a button opens it; the chosen files' names show beside it. Keyboard focus still lands on the input (its
 * focus ring is drawn on the button). The caller gets the files on each change.
 */
import { forwardRef, useId, useState } from 'react';
import './ui.css';

export interface FilePickerProps {
  label: string;
  /** The button's text ("Chọn tệp…"). */
  pick: string;
  /** Shown while nothing is chosen ("Chưa chọn tệp"). */
  none: string;
  hint?: string | undefined;
  error?: string | undefined;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export const FilePicker = forwardRef<HTMLInputElement, FilePickerProps>(function FilePicker(
  { label, pick, none, hint, error, accept, multiple = false, onFiles },
  ref,
) {
  const id = useId();
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className="ui-field ui-file">
      <span className="ui-field__label" id={`${id}-label`}>
        {label}
      </span>
      {hint ? <p className="ui-field__hint">{hint}</p> : null}
      {error ? <p className="ui-field__error">{error}</p> : null}
      <div className="ui-file__picker">
        <input
          id={id}
          ref={ref}
          className="ui-file__input"
          type="file"
          accept={accept}
          multiple={multiple}
          aria-labelledby={`${id}-label`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            setNames(files.map((f) => f.name));
            onFiles(files);
          }}
        />
        <label className="ui-button ui-button--secondary" htmlFor={id}>
          {pick}
        </label>
        <span className="ui-file__names">{names.length ? names.join(', ') : none}</span>
      </div>
    </div>
  );
});
