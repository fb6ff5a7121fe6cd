import { copyToClipboard } from '../io/copy-to-clipboard.ts';
import { buildShareUrl } from '../io/share-link.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { MenuButton, type MenuEntry } from './MenuButton.tsx';
import { showNotice } from './notices.ts';

/** Links longer than this may be cut by chat apps and some browsers. */
const LONG_LINK = 8000;

async function copyWithNotice(produce: () => Promise<string> | string, done: (text: string) => string): Promise<void> {
  try {
    const text = await produce();
    await copyToClipboard(text);
    showNotice(done(text));
  } catch (error) {
    showNotice(error instanceof Error ? error.message : 'Copying failed.', 'error');
  }
}

/**
 * Copy the text, or a link that carries it. The link keeps the Dockerfile in the URL
 * fragment, which browsers never send to a server.
 */
export function ShareMenu() {
  const store = useDocumentStore();
  const entries = (): MenuEntry[] => [
    {
      key: 'link',
      label: 'Copy share link',
      detail: 'The Dockerfile travels inside the link; no server sees it',
      onSelect: () =>
        void copyWithNotice(
          () => buildShareUrl(window.location.href, store.getState().text),
          (url) => (url.length > LONG_LINK ? `Copied share link (${url.length} characters: some apps may cut it)` : 'Copied share link'),
        ),
    },
    {
      key: 'text',
      label: 'Copy Dockerfile text',
      onSelect: () => void copyWithNotice(() => store.getState().text, () => 'Copied Dockerfile text'),
    },
  ];
  return <MenuButton label="Share" menuLabel="Share" entries={entries} />;
}
