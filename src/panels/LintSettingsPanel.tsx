import './problems.css';
import { useMemo } from 'react';
import { ALL_RULES } from '../dockerfile/lint/all-rules.ts';
import type { RuleSource } from '../dockerfile/lint/rule.ts';
import { ruleUrl } from '../dockerfile/rule-url.ts';
import { useDeferredDocument, useDocument, useDocumentStore } from '../store/document-context.ts';
import { checkDirectiveSummary, skippedByFile } from './check-directive-summary.ts';
import { changedRuleCount, ruleChoice, withRuleChoice, type RuleChoice } from './lint-settings-storage.ts';
import { SEVERITY_LABELS } from '../app/severity-display.ts';

const SOURCES: Readonly<Record<RuleSource, string>> = {
  buildkit: 'BuildKit check',
  syntax: 'BuildKit refuses',
  graph: 'Stagewright hint',
};

/**
 * Every lint rule with a choice per rule: its default severity, off, or raised to error; an
 * experimental rule (off unless the file asks) can also be turned on at its own severity.
 * The choice is remembered (see `useStoredLintSettings`). The file's own `# check=`
 * directive is shown too: the rules it skips and whether it turns warnings into errors.
 */
export function LintSettingsPanel() {
  const store = useDocumentStore();
  const settings = useDocument((s) => s.lintSettings);
  // A new tree on every keystroke; the panel follows it when typing pauses.
  const ast = useDeferredDocument((s) => s.analysis.ast);
  const check = useMemo(() => checkDirectiveSummary(ast), [ast]);
  const changed = changedRuleCount(settings);
  const choose = (rule: string, choice: RuleChoice) => store.getState().setLintSettings(withRuleChoice(store.getState().lintSettings, rule, choice));

  return (
    <div className="lint-settings">
      <p className="lint-settings__check" data-check-directive={check.value ?? ''}>
        {check.value === null ? (
          <>
            This file has no <code># check=</code> directive: BuildKit runs all its checks.
          </>
        ) : (
          <>
            This file says <code># check={check.value}</code>:{' '}
            {check.skipAll ? 'BuildKit skips all its checks' : check.skipped.size > 0 ? `BuildKit skips ${[...check.skipped].join(', ')}` : 'BuildKit skips no check'}
            {check.error ? ', and any finding fails the build (error=true).' : '.'}
          </>
        )}
      </p>
      <div className="lint-settings__bar">
        <span className="lint-settings__note">
          {changed === 0 ? 'All rules at their defaults.' : `${changed} ${changed === 1 ? 'rule' : 'rules'} changed; remembered in this browser.`}
        </span>
        <button type="button" onClick={() => store.getState().setLintSettings({})} disabled={changed === 0}>
          Reset all
        </button>
      </div>
      <table aria-label="Lint rules">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Source</th>
            <th scope="col">Description</th>
            <th scope="col">Setting</th>
          </tr>
        </thead>
        <tbody>
          {ALL_RULES.map((rule) => {
            const skipped = skippedByFile(check, rule);
            const raisedByFile = check.error && rule.source === 'buildkit' && rule.severity === 'warning';
            return (
              <tr key={rule.name} data-rule={rule.name}>
                <th scope="row">
                  <a href={ruleUrl(rule.name)} target="_blank" rel="noreferrer">
                    {rule.name}
                  </a>
                </th>
                <td className="lint-settings__source">{SOURCES[rule.source]}</td>
                <td>
                  {rule.description}
                  {skipped ? <span className="lint-settings__skipped"> · skipped by # check</span> : null}
                  {!skipped && raisedByFile ? <span className="lint-settings__skipped"> · error by # check</span> : null}
                </td>
                <td>
                  <select
                    aria-label={`Setting for ${rule.name}`}
                    value={ruleChoice(settings, rule.name)}
                    onChange={(event) => choose(rule.name, event.target.value as RuleChoice)}
                  >
                    {rule.experimental === true ? (
                      <>
                        <option value="default">Default (off: experimental)</option>
                        <option value="on">On ({SEVERITY_LABELS[rule.severity].toLowerCase()})</option>
                      </>
                    ) : (
                      <option value="default">Default ({SEVERITY_LABELS[rule.severity].toLowerCase()})</option>
                    )}
                    <option value="off">Off</option>
                    <option value="error">Error</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
