import { EXAMPLES } from '../examples/index.ts';
import { DEFAULT_DOCUMENT_NAME } from '../io/file-session.ts';
import { MenuButton, type MenuEntry } from './MenuButton.tsx';
import { showNotice } from './notices.ts';
import { useReplaceDocument } from './use-replace-document.ts';

/** The examples gallery: each item loads a commented multi-stage Dockerfile that teaches one idea. */
export function ExamplesMenu() {
  const replace = useReplaceDocument();
  const entries = (): MenuEntry[] =>
    EXAMPLES.map((example) => ({
      key: example.id,
      label: example.title,
      detail: example.teaches,
      attributes: { 'data-example': example.id },
      onSelect: () => {
        void replace(example.text, DEFAULT_DOCUMENT_NAME, `The example “${example.title}”`).then((replaced) => {
          if (replaced) showNotice(`Loaded example: ${example.title}`);
        });
      },
    }));
  return <MenuButton label="Examples" menuLabel="Examples" entries={entries} title="Load an example Dockerfile" />;
}
