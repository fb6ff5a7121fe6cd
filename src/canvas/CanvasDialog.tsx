import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** Props of {@link CanvasDialog}. */
export interface CanvasDialogProps {
  readonly title: string;
  /** The text and the buttons; the button with `data-initial` takes focus first. */
  readonly children: ReactNode;
  /** Escape or a click outside the dialog. */
  readonly onCancel: () => void;
}

/**
 * A modal question over the canvas (role="dialog"). Focus moves into it and stays there
 * (Tab wraps); Escape cancels. Its buttons come as children; the one with `data-initial`
 * takes focus first.
 */
export function CanvasDialog({ title, children, onCancel }: CanvasDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const box = ref.current;
    (box?.querySelector<HTMLElement>('[data-initial]') ?? box?.querySelector<HTMLElement>('button'))?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return (
    <div className="canvas-dialog-backdrop nokey" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div ref={ref} className="canvas-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="canvas-dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
