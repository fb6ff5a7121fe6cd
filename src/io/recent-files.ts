/** A file the user opened, kept so it can be opened again from the Open menu. */
export interface RecentFile {
  readonly name: string;
  readonly text: string;
  /** When it was opened (ms since the epoch). */
  readonly openedAt: number;
}

/** How many recent files are kept. */
export const RECENT_FILES_LIMIT = 5;

/** The localStorage key of the list. */
export const RECENT_FILES_STORAGE_KEY = 'stagewright:recent-files:v1';

/**
 * The list with `file` first. A file with the same name and text moves up instead of
 * appearing twice; the oldest falls off past the limit.
 */
export function addRecentFile(list: readonly RecentFile[], file: RecentFile, limit = RECENT_FILES_LIMIT): RecentFile[] {
  return [file, ...list.filter((f) => !(f.name === file.name && f.text === file.text))].slice(0, limit);
}

/** Reads the stored list; anything malformed is dropped rather than failing. */
export function parseRecentFiles(raw: string | null): RecentFile[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (f): f is RecentFile =>
        typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.text === 'string' && typeof f.openedAt === 'number',
    )
    .slice(0, RECENT_FILES_LIMIT)
    .map(({ name, text, openedAt }) => ({ name, text, openedAt }));
}

/** Serialises the list for storage. */
export function serializeRecentFiles(list: readonly RecentFile[]): string {
  return JSON.stringify(list);
}

/** The stored list; empty when storage is unavailable. */
export function loadRecentFiles(storage: Pick<Storage, 'getItem'> | null): RecentFile[] {
  try {
    return parseRecentFiles(storage?.getItem(RECENT_FILES_STORAGE_KEY) ?? null);
  } catch {
    return [];
  }
}

/**
 * Puts `file` first in the stored list. Returns false when storage refused it (full): the
 * file is open either way, it is only missing from the list.
 */
export function rememberRecentFile(storage: Pick<Storage, 'getItem' | 'setItem'> | null, file: RecentFile): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(RECENT_FILES_STORAGE_KEY, serializeRecentFiles(addRecentFile(loadRecentFiles(storage), file)));
    return true;
  } catch {
    return false;
  }
}
