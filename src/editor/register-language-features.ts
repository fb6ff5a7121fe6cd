import { codeActionProvider, registerQuickFixCommand } from './code-action-provider.ts';
import { completionProvider } from './completion-provider.ts';
import { definitionProvider } from './definition-provider.ts';
import { documentSymbolProvider } from './document-symbol-provider.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { foldingProvider } from './folding-provider.ts';
import { hoverProvider } from './hover-provider.ts';
import { bindLanguageTarget } from './language-target.ts';
import { monaco } from './monaco-setup.ts';
import { referenceProvider } from './reference-provider.ts';
import { renameProvider } from './rename-provider.ts';

/** The language id the providers serve (the grammar monaco-setup registers). */
const LANGUAGE = 'dockerfile';

let registered = false;

/**
 * Registers the language providers for 'dockerfile', once per page: Monaco keeps providers
 * per language, not per editor, so a second editor (or a remount) must not add them again.
 */
export function registerLanguageFeatures(): void {
  if (registered) return;
  registered = true;
  const { languages } = monaco;
  languages.registerHoverProvider(LANGUAGE, hoverProvider);
  languages.registerCompletionItemProvider(LANGUAGE, completionProvider);
  languages.registerDefinitionProvider(LANGUAGE, definitionProvider);
  languages.registerReferenceProvider(LANGUAGE, referenceProvider);
  languages.registerRenameProvider(LANGUAGE, renameProvider);
  languages.registerFoldingRangeProvider(LANGUAGE, foldingProvider);
  languages.registerDocumentSymbolProvider(LANGUAGE, documentSymbolProvider);
  languages.registerCodeActionProvider(LANGUAGE, codeActionProvider, { providedCodeActionKinds: ['quickfix'] });
  registerQuickFixCommand();
}

/**
 * Serves the editor's model with the core's language features: registers the providers
 * (once) and points them at this editor's store.
 */
export function bindLanguageFeatures(context: EditorBindingContext): EditorBinding {
  registerLanguageFeatures();
  return bindLanguageTarget(context);
}
