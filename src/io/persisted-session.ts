/** A canvas position, as the store keeps it. */
interface SavedPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Everything autosave keeps between visits, for the document. Lint settings are the user's
 * preferences, not the document's: they have their own key (`src/panels/lint-settings-storage.ts`).
 */
export interface PersistedSession {
  readonly text: string;
  /** The text at the last download or open, so "unsaved work" survives a reload. */
  readonly savedText: string;
  readonly documentName: string;
  readonly positions: Readonly<Record<string, SavedPoint>>;
  readonly target: string | null;
}

/** The localStorage key; the version in it changes when the format does. */
export const SESSION_STORAGE_KEY = 'stagewright:session:v1';

/** Serialises a session for storage. */
export function serializeSession(session: PersistedSession): string {
  return JSON.stringify({ version: 1, ...session });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPositions(value: unknown): Record<string, SavedPoint> {
  const positions: Record<string, SavedPoint> = {};
  if (!isRecord(value)) return positions;
  for (const [key, point] of Object.entries(value)) {
    if (isRecord(point) && Number.isFinite(point['x']) && Number.isFinite(point['y'])) {
      positions[key] = { x: point['x'] as number, y: point['y'] as number };
    }
  }
  return positions;
}

/**
 * Reads a stored session. Returns `null` for anything that is not one (missing, another
 * version, hand-edited garbage): a bad entry must never stop the app from opening. Fields
 * that are wrong on their own fall back to defaults, so the text is kept whenever it can be.
 */
export function parseSession(raw: string | null): PersistedSession | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value['version'] !== 1 || typeof value['text'] !== 'string') return null;
  const text = value['text'];
  return {
    text,
    savedText: typeof value['savedText'] === 'string' ? value['savedText'] : text,
    documentName: typeof value['documentName'] === 'string' && value['documentName'] !== '' ? value['documentName'] : 'Dockerfile',
    positions: readPositions(value['positions']),
    target: typeof value['target'] === 'string' ? value['target'] : null,
  };
}
