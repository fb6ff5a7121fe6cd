import { describe, expect, it } from 'vitest';
import { changedRuleCount, LINT_SETTINGS_KEY, loadLintSettings, parseLintSettings, ruleChoice, saveLintSettings, withRuleChoice } from './lint-settings-storage.ts';

const KNOWN = new Set(['FromAsCasing', 'UndefinedVar', 'UnusedStage']);

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('lint settings storage', () => {
  it('{"off":["FromAsCasing","Gone"],"error":["UndefinedVar"]} — unknown rules dropped', () => {
    expect(parseLintSettings('{"off":["FromAsCasing","Gone"],"error":["UndefinedVar"]}', KNOWN)).toEqual({ off: ['FromAsCasing'], error: ['UndefinedVar'] });
  });

  it('not JSON, null, an array of numbers — no settings', () => {
    expect(parseLintSettings('{oops', KNOWN)).toEqual({});
    expect(parseLintSettings(null, KNOWN)).toEqual({});
    expect(parseLintSettings('{"off":[1,2]}', KNOWN)).toEqual({});
  });

  it('a rule both off and error — off wins', () => {
    expect(parseLintSettings('{"off":["UnusedStage"],"error":["UnusedStage"]}', KNOWN)).toEqual({ off: ['UnusedStage'] });
  });

  it('{"on":["UnusedStage","FromAsCasing"],"error":["FromAsCasing"]}: on kept, error wins over on', () => {
    expect(parseLintSettings('{"on":["UnusedStage","FromAsCasing"],"error":["FromAsCasing"]}', KNOWN)).toEqual({ on: ['UnusedStage'], error: ['FromAsCasing'] });
  });

  it('withRuleChoice on → off → default: an experimental rule turned on, then off, then back', () => {
    const on = withRuleChoice({}, 'UnusedStage', 'on');
    expect(on).toEqual({ on: ['UnusedStage'] });
    expect(ruleChoice(on, 'UnusedStage')).toBe('on');
    expect(changedRuleCount(on)).toBe(1);
    const off = withRuleChoice(on, 'UnusedStage', 'off');
    expect(off).toEqual({ off: ['UnusedStage'] });
    expect(withRuleChoice(off, 'UnusedStage', 'default')).toEqual({});
    expect(changedRuleCount({})).toBe(0);
  });

  it('withRuleChoice off → error → default — moves the rule between lists', () => {
    const off = withRuleChoice({}, 'UnusedStage', 'off');
    expect(off).toEqual({ off: ['UnusedStage'] });
    expect(ruleChoice(off, 'UnusedStage')).toBe('off');
    const error = withRuleChoice(off, 'UnusedStage', 'error');
    expect(error).toEqual({ error: ['UnusedStage'] });
    expect(ruleChoice(error, 'UnusedStage')).toBe('error');
    expect(withRuleChoice(error, 'UnusedStage', 'default')).toEqual({});
  });

  it('save then load — the same settings; saving the defaults clears the key', () => {
    const storage = memoryStorage();
    saveLintSettings(storage, { off: ['FromAsCasing'] });
    expect(storage.data.get(LINT_SETTINGS_KEY)).toBe('{"off":["FromAsCasing"]}');
    expect(loadLintSettings(storage, KNOWN)).toEqual({ off: ['FromAsCasing'] });
    saveLintSettings(storage, {});
    expect(storage.data.has(LINT_SETTINGS_KEY)).toBe(false);
  });

  it('a storage that throws — no settings, no exception', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadLintSettings(broken, KNOWN)).toEqual({});
    expect(() => saveLintSettings(broken, { off: ['FromAsCasing'] })).not.toThrow();
  });
});
