import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useCanvasUi, useCanvasUiStore } from './canvas-ui-context.ts';

/** One entry of the stage menu. */
export interface StageMenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
}

/** Props of {@link StageMenu}. */
export interface StageMenuProps {
  readonly index: number;
  readonly label: string;
  readonly items: readonly StageMenuItem[];
}

/**
 * The "⋯" button of a stage node and its menu (WAI-ARIA menu button): arrows move between
 * items, Enter or a click runs one, Escape closes and gives focus back to the node.
 * Shift+F10 (or the context-menu key) on a focused node opens it.
 */
export function StageMenu({ index, label, items }: StageMenuProps) {
  const ui = useCanvasUiStore();
  const open = useCanvasUi((s) => s.menu === index);
  const menuRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    ui.getState().openMenu(null);
    // Back to the node, which has the canvas's keys (the button is not a Tab stop).
    if (refocus) (buttonRef.current?.closest<HTMLElement>('.react-flow__node') ?? buttonRef.current)?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    event.stopPropagation();
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(event.key === 'Escape');
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <span className="stage-menu">
      <button
        ref={buttonRef}
        type="button"
        className="stage-node__icon-button nodrag"
        aria-label={`Stage menu for ${label}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-keyshortcuts="Shift+F10"
        title="Stage menu (Shift+F10 on the node)"
        // One Tab stop per node: the node itself. Its keys reach this menu (Shift+F10).
        tabIndex={-1}
        onClick={(event) => {
          event.stopPropagation();
          ui.getState().openMenu(open ? null : index);
        }}
      >
        ⋯
      </button>
      {open ? (
        <ul
          ref={menuRef}
          className="stage-menu__list nodrag nokey"
          role="menu"
          aria-label={`Stage ${label}`}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            // Closes when focus leaves the menu and its button, as a click elsewhere does.
            const next = event.relatedTarget as Node | null;
            if (next === null || (!menuRef.current?.contains(next) && next !== buttonRef.current)) ui.getState().openMenu(null);
          }}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled === true}
                className="stage-menu__item"
                onClick={(event) => {
                  event.stopPropagation();
                  if (item.disabled === true) return;
                  // Focus goes back to the button first; an item that opens a form or a
                  // dialog then moves it there.
                  close(true);
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
