import { graphToDot, graphToMermaid } from '../dockerfile/graph-text.ts';
import { copyToClipboard } from '../io/copy-to-clipboard.ts';
import { downloadBlob } from '../io/download-blob.ts';
import { downloadText } from './download-text.ts';
import { exportFileName } from '../io/export-file-name.ts';
import type { GraphImageFormat } from '../io/graph-image.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { MenuButton, type MenuEntry } from './MenuButton.tsx';
import { showNotice } from './notices.ts';
import { useLintGate } from './use-lint-gate.ts';
import { useFileSessionStore } from './workspace-context.ts';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'The export failed.';
}

/**
 * The graph out: as SVG or PNG (drawn from the canvas as it looks), or as Mermaid or DOT
 * text, the same text as `npm run cli -- graph --format mermaid|dot`.
 */
export function ExportMenu() {
  const store = useDocumentStore();
  const session = useFileSessionStore();
  const lintGate = useLintGate();

  const name = (extension: string) => exportFileName(session.getState().documentName, extension);

  const exportImage = async (format: GraphImageFormat) => {
    if (!(await lintGate(`Export the graph as ${format.toUpperCase()}`, 'Export'))) return;
    // Drawing a large graph takes a moment; say that something is happening.
    showNotice(`Drawing the graph as ${format.toUpperCase()}…`);
    try {
      const root = document.querySelector('.canvas-pane');
      if (root === null) throw new Error('The graph is not on screen, so there is nothing to export.');
      // Loaded on first use: the image renderer is not needed to open the app.
      const { renderGraphImage } = await import('../io/graph-image.ts');
      downloadBlob(await renderGraphImage(root, format), name(format));
      showNotice(`Saved ${name(format)}`);
    } catch (error) {
      showNotice(errorText(error), 'error');
    }
  };

  const graphText = (format: 'mermaid' | 'dot') => {
    const analysis = store.getState().analysis;
    return format === 'mermaid' ? graphToMermaid(analysis) : graphToDot(analysis);
  };

  const exportText = async (format: 'mermaid' | 'dot', how: 'download' | 'copy') => {
    const title = format === 'mermaid' ? 'Mermaid' : 'DOT';
    if (!(await lintGate(how === 'copy' ? `Copy the graph as ${title}` : `Export the graph as ${title}`, how === 'copy' ? 'Copy' : 'Export'))) return;
    const text = graphText(format);
    if (how === 'download') {
      downloadText(text, name(format === 'mermaid' ? 'mmd' : 'dot'));
      return;
    }
    try {
      await copyToClipboard(text);
      showNotice(`Copied ${title} text`);
    } catch (error) {
      showNotice(errorText(error), 'error');
    }
  };

  const entries = (): MenuEntry[] => [
    { key: 'svg', label: 'Download graph as SVG', onSelect: () => void exportImage('svg'), attributes: { 'data-export': 'svg' } },
    { key: 'png', label: 'Download graph as PNG', onSelect: () => void exportImage('png'), attributes: { 'data-export': 'png' } },
    { key: 'mermaid', label: 'Download Mermaid', detail: '.mmd, as the CLI prints it', onSelect: () => void exportText('mermaid', 'download'), attributes: { 'data-export': 'mermaid' } },
    { key: 'mermaid-copy', label: 'Copy Mermaid', onSelect: () => void exportText('mermaid', 'copy'), attributes: { 'data-export': 'mermaid-copy' } },
    { key: 'dot', label: 'Download DOT', detail: 'Graphviz, as the CLI prints it', onSelect: () => void exportText('dot', 'download'), attributes: { 'data-export': 'dot' } },
    { key: 'dot-copy', label: 'Copy DOT', onSelect: () => void exportText('dot', 'copy'), attributes: { 'data-export': 'dot-copy' } },
  ];
  return <MenuButton label="Export" menuLabel="Export" entries={entries} />;
}
