import type { LintSettings } from '../dockerfile/lint/run-lint.ts';

/** The localStorage key of the user's lint settings. */
export const LINT_SETTINGS_KEY = 'stagewright.lint';

/** What the user chose for one rule. */
/** `on` is for experimental rules, which are off unless asked for. */
export type RuleChoice = 'default' | 'off' | 'on' | 'error';

function names(value: unknown, known: ReadonlySet<string>): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && known.has(v)) : [];
}

/**
 * Reads stored settings, keeping only rule names in `known` (a rule that no longer exists
 * is forgotten; anything unreadable means no settings).
 */
export function parseLintSettings(raw: string | null, known: ReadonlySet<string>): LintSettings {
  if (raw === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const off = names(record['off'], known);
  const error = names(record['error'], known).filter((name) => !off.includes(name));
  const on = names(record['on'], known).filter((name) => !off.includes(name) && !error.includes(name));
  return settingsOf(off, on, error);
}

/** The choice for `rule` in `settings`. */
export function ruleChoice(settings: LintSettings, rule: string): RuleChoice {
  if (settings.off?.includes(rule) === true) return 'off';
  if (settings.error?.includes(rule) === true) return 'error';
  if (settings.on?.includes(rule) === true) return 'on';
  return 'default';
}

/** `settings` with `rule` set to `choice` (rule order kept stable by sorting). */
export function withRuleChoice(settings: LintSettings, rule: string, choice: RuleChoice): LintSettings {
  const off = (settings.off ?? []).filter((name) => name !== rule);
  const on = (settings.on ?? []).filter((name) => name !== rule);
  const error = (settings.error ?? []).filter((name) => name !== rule);
  if (choice === 'off') off.push(rule);
  if (choice === 'on') on.push(rule);
  if (choice === 'error') error.push(rule);
  return settingsOf(off.sort(), on.sort(), error.sort());
}

/** How many rules differ from their defaults. */
export function changedRuleCount(settings: LintSettings): number {
  return (settings.off?.length ?? 0) + (settings.on?.length ?? 0) + (settings.error?.length ?? 0);
}

/** The settings with empty lists left out, so that defaults compare and store as `{}`. */
function settingsOf(off: string[], on: string[], error: string[]): LintSettings {
  return { ...(off.length > 0 ? { off } : {}), ...(on.length > 0 ? { on } : {}), ...(error.length > 0 ? { error } : {}) };
}

/** Loads the stored settings from `storage` (localStorage in the app). */
export function loadLintSettings(storage: Pick<Storage, 'getItem'>, known: ReadonlySet<string>): LintSettings {
  try {
    return parseLintSettings(storage.getItem(LINT_SETTINGS_KEY), known);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): no settings then.
    return {};
  }
}

/** Stores `settings`; clears the key when nothing differs from the defaults. */
export function saveLintSettings(storage: Pick<Storage, 'setItem' | 'removeItem'>, settings: LintSettings): void {
  try {
    if (changedRuleCount(settings) === 0) storage.removeItem(LINT_SETTINGS_KEY);
    else storage.setItem(LINT_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // A full or blocked storage loses the choice for the next visit only.
  }
}
