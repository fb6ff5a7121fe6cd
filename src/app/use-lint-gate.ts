import { useCallback } from 'react';
import { blockingFindings } from '../io/blocking-findings.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { askToConfirm } from './confirm-request.ts';

const LISTED = 8;

/**
 * Before an export: when the text has error-severity findings, lists them and lets the user
 * go ahead anyway or stop. Resolves to true when the export should happen. `what` is the
 * question ("Download it"), `verb` names the button ("Download" gives "Download anyway").
 */
export function useLintGate(): (what: string, verb: string) => Promise<boolean> {
  const store = useDocumentStore();
  return useCallback(
    async (what, verb) => {
      const found = blockingFindings(store.getState().analysis);
      if (found.length === 0) return true;
      const items = found.slice(0, LISTED).map((f) => `Line ${f.line}: ${f.message} (${f.rule})`);
      if (found.length > LISTED) items.push(`…and ${found.length - LISTED} more`);
      return askToConfirm({
        title: `The Dockerfile has ${found.length === 1 ? 'an error' : `${found.length} errors`}`,
        message: `BuildKit would refuse or mis-build this file. ${what} anyway?`,
        items,
        confirmLabel: `${verb} anyway`,
      });
    },
    [store],
  );
}
