// A modal side sheet on the native <dialog>: the browser provides the focus trap, the top layer
// and inertness of the page behind it. Escape and a click on the backdrop close it, and focus
// goes back to the control that opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { CloseIcon } from './icons';
import { IconButton } from './IconButton';
import './side-panel.css';

export interface SidePanelProps {
  title: string;
  onClose: () => void;
  /** Receives focus when the panel closes (WAI-ARIA dialog pattern). */
  returnFocusRef?: RefObject<HTMLElement | null>;
  testId?: string;
  children: ReactNode;
}

export function SidePanel({ title, onClose, returnFocusRef, testId, children }: SidePanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose without re-running the open/close effect when the parent re-renders.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = returnFocusRef?.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (!dialog.open) dialog.showModal();
    // No native `close` listener: every user path (Escape, cancel, backdrop, close button) calls
    // onClose itself, and the close() below — also run by StrictMode's effect replay — must not.
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [returnFocusRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      // Handled here rather than through the native cancel event, whose delivery Chromium
      // throttles for repeated presses without user activation.
      e.preventDefault();
      e.stopPropagation();
      onCloseRef.current();
    }
  };

  const onBackdropClick = (e: MouseEvent<HTMLDialogElement>) => {
    // The sheet's content covers the whole dialog box, so a click whose target is the dialog itself
    // landed on the ::backdrop.
    if (e.target === e.currentTarget) onCloseRef.current();
  };

  return (
    <dialog
      ref={dialogRef}
      className="side-panel"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onCloseRef.current();
      }}
      onClick={onBackdropClick}
    >
      <div className="side-panel__sheet">
        <div className="side-panel__header">
          <h2 id={titleId} className="side-panel__title">
            {title}
          </h2>
          <IconButton label={`Close ${title.toLowerCase()}`} onClick={() => onCloseRef.current()}>
            <CloseIcon />
          </IconButton>
        </div>
        <div className="side-panel__body">{children}</div>
      </div>
    </dialog>
  );
}
