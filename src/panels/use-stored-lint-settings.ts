import { useEffect } from 'react';
import { ALL_RULES } from '../dockerfile/lint/all-rules.ts';
import { browserStorage } from '../io/open-workspace.ts';
import type { DocumentStore } from '../store/document-store.ts';
import { changedRuleCount, loadLintSettings, saveLintSettings } from './lint-settings-storage.ts';

const KNOWN_RULES: ReadonlySet<string> = new Set(ALL_RULES.map((rule) => rule.name));

/**
 * Applies the lint settings remembered in localStorage when the app starts, and remembers
 * every later change (from the Lint settings panel or anywhere else), so a reload keeps them.
 */
export function useStoredLintSettings(store: DocumentStore): void {
  useEffect(() => {
    // Blocked storage (privacy settings) throws on `window.localStorage` itself: no memory then.
    const storage = browserStorage();
    if (storage === null) return;
    const stored = loadLintSettings(storage, KNOWN_RULES);
    if (changedRuleCount(stored) > 0) store.getState().setLintSettings(stored);
    return store.subscribe((state, previous) => {
      if (state.lintSettings !== previous.lintSettings) saveLintSettings(storage, state.lintSettings);
    });
  }, [store]);
}
