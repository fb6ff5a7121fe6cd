import './io.css';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of a {@link MenuButton}'s menu. */
export interface MenuEntry {
  readonly key: string;
  readonly label: ReactNode;
  /** A second, quieter line under the label. */
  readonly detail?: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  /** Extra attributes, for stable test hooks (`data-example`). */
  readonly attributes?: Readonly<Record<`data-${string}`, string>>;
}

/** Props of {@link MenuButton}. */
export interface MenuButtonProps {
  /** The button's text. */
  readonly label: ReactNode;
  /** The button's accessible name when `label` is not text (an icon). */
  readonly ariaLabel?: string;
  /** The menu's accessible name. */
  readonly menuLabel: string;
  /** Built when the menu opens, so it shows the current state (recent files). */
  readonly entries: () => readonly MenuEntry[];
  /** Shown when `entries` is empty. */
  readonly emptyText?: string;
  readonly title?: string;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): arrow keys, Home and End move between
 * items, Enter picks, Escape closes and gives focus back, a click elsewhere closes.
 */
export function MenuButton({ label, ariaLabel, menuLabel, entries, emptyText, title }: MenuButtonProps) {
  const [items, setItems] = useState<readonly MenuEntry[] | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const open = items !== null;

  const close = useCallback((refocus: boolean) => {
    setItems(null);
    if (refocus) buttonRef.current?.focus();
  }, []);

  const focusItem = (index: number) => {
    const all = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    // An empty menu takes the keyboard itself, so that Escape still closes it.
    if (all.length === 0) menuRef.current?.focus();
    else all[(index + all.length) % all.length]!.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        title={title}
        onClick={() => (open ? close(false) : setItems(entries()))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setItems(entries());
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            close(true);
          }
        }}
      >
        {label}
      </button>
      {items === null ? null : (
        <div ref={menuRef} id={menuId} className="menu" role="menu" aria-label={menuLabel} tabIndex={-1} onKeyDown={onMenuKeyDown}>
          {items.length === 0 ? <div className="menu__empty">{emptyText ?? 'Nothing here yet'}</div> : null}
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              className="menu__item"
              {...item.attributes}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              <span className="menu__label">{item.label}</span>
              {item.detail === undefined ? null : <span className="menu__detail">{item.detail}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
