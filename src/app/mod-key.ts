const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How the platform writes the command modifier in a shortcut hint: `⌘` or `Ctrl+`. */
export const MOD_KEY = isMac ? '⌘' : 'Ctrl+';
