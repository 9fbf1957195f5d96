/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and focus
 * returns to the element that opened it. Full screen on a phone.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

export interface DialogProps {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ open, title, closeLabel, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The content asks for its first focus with data-autofocus (React's autoFocus runs before the dialog opens).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ui-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className="ui-dialog__header">
        <h2 id={titleId} className="ui-dialog__title">
          {title}
        </h2>
        <button type="button" className="ui-button ui-button--quiet ui-button--small" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <div className="ui-dialog__body">{open ? children : null}</div>
    </dialog>
  );
}
