import type { Analysis } from '../dockerfile/analyze.ts';
import { diagnosticsToMarkers, type SeverityMap } from './diagnostics-to-markers.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { monaco } from './monaco-setup.ts';

/** The marker owner: Monaco keeps markers per owner, so ours never clobber others'. */
const OWNER = 'stagewright';

const SEVERITIES: SeverityMap = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/**
 * Shows the store's diagnostics as Monaco markers (squiggles, hover, F8), replaced
 * whenever the analysis changes. The store derives them in the same update as the text, so
 * this is a conversion only. It reads the newest state itself, so it is right whatever
 * order the store calls its listeners in.
 */
export function bindMarkers({ model, store }: EditorBindingContext): EditorBinding {
  let shown: Analysis | null = null;
  const update = () => {
    const { analysis } = store.getState();
    if (analysis === shown) return;
    // Most keystrokes leave the findings as they were; Monaco then has nothing to redraw.
    // (Findings after an edit move with the text, so their offsets differ and they update.)
    const unchanged = shown !== null && sameDiagnostics(shown.diagnostics, analysis.diagnostics);
    shown = analysis;
    if (unchanged) return;
    const markers = diagnosticsToMarkers(analysis.diagnostics, analysis.lines, SEVERITIES, (url) => monaco.Uri.parse(url));
    monaco.editor.setModelMarkers(model, OWNER, markers);
  };
  update();
  const unsubscribe = store.subscribe(update);
  return {
    dispose() {
      unsubscribe();
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, OWNER, []);
    },
  };
}

function sameDiagnostics(a: Analysis['diagnostics'], b: Analysis['diagnostics']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.from !== y.from || x.to !== y.to || x.rule !== y.rule || x.severity !== y.severity || x.message !== y.message) return false;
  }
  return true;
}
