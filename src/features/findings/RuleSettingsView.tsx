import { memo, useId, useState } from 'react';
import type { RuleSettings } from '../../core/model/index.ts';
import { resolveRuleConfig, SEVERITIES, type Rule, type Severity } from '../../core/rules/index.ts';
import type { RuleConfigPatch } from '../../store/rule-actions.ts';
import { NumberField, SelectField, Switch, type SelectOption } from '../../ui/fields/index.ts';
import { InfoIcon, ResetIcon } from './icons.tsx';
import { RuleInfo } from './RuleInfo.tsx';

const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Every rule with its switch, severity and threshold for this model; each change is one undo step. */
export function RuleSettingsView({ rules, settings, counts, onConfigure }: {
  rules: readonly Rule[];
  settings: RuleSettings | undefined;
  /** Current findings per rule id, shown beside each rule. */
  counts: ReadonlyMap<string, number>;
  onConfigure: (rule: Rule, patch: RuleConfigPatch) => void;
}) {
  if (rules.length === 0) return <p className="fp-empty__text fp-pad">No rule matches the search.</p>;
  return (
    <ul className="fp-rules" data-testid="rule-settings-list">
      {rules.map((rule) => (
        <RuleSettingRow key={rule.id} rule={rule} own={settings?.rules?.[rule.id]}
          count={counts.get(rule.id) ?? 0} onConfigure={onConfigure} />
      ))}
    </ul>
  );
}

type OwnConfig = NonNullable<RuleSettings['rules']>[string] | undefined;

const RuleSettingRow = memo(function RuleSettingRow({ rule, own, count, onConfigure }: {
  rule: Rule;
  /** This rule's own entry: the row re-renders only when it changes. */
  own: OwnConfig;
  count: number;
  onConfigure: (rule: Rule, patch: RuleConfigPatch) => void;
}) {
  const [showInfo, setShowInfo] = useState(false);
  const infoId = useId();
  const config = resolveRuleConfig(rule, own ? { rules: { [rule.id]: own } } : undefined);
  const customised = own !== undefined && Object.keys(own).length > 0;
  const options: SelectOption<Severity>[] = SEVERITIES.map((s) => ({
    value: s,
    label: s === rule.defaultSeverity ? `${SEVERITY_NAMES[s]} (default)` : SEVERITY_NAMES[s],
  }));

  return (
    <li className={`fp-rule${config.enabled ? '' : ' is-off'}`} data-testid={`rule-setting-${rule.id}`}>
      <div className="fp-rule__line">
        <Switch checked={config.enabled} ariaLabel={`Check “${rule.title}”`} testId="rule-enabled"
          onChange={(enabled) => onConfigure(rule, { enabled: enabled ? undefined : false })} />
        <div className="fp-rule__name">
          <span className="fp-rule__title">{rule.title}</span>
          <span className="fp-group__id">{rule.id}</span>
          {config.enabled && count > 0 && (
            <span className={`fp-count fp-count--${config.severity}`} title={`${count} current finding${count === 1 ? '' : 's'}`}>{count}</span>
          )}
          {!config.enabled && <span className="fp-rule__off">Off for this model</span>}
        </div>
        <div className="fp-rule__severity">
          <SelectField label="Severity" value={config.severity} options={options} testId="rule-severity" disabled={!config.enabled}
            onChange={(severity) => onConfigure(rule, { severity: severity === rule.defaultSeverity ? undefined : severity })} />
        </div>
        <div className="fp-rule__threshold">
          {rule.defaultThreshold !== undefined && (
            <NumberField label="Threshold" value={own?.threshold} placeholder={`${rule.defaultThreshold} (default)`} min={0} max={1_000_000}
              testId="rule-threshold" disabled={!config.enabled}
              onCommit={(threshold) => onConfigure(rule, { threshold: threshold === rule.defaultThreshold ? undefined : threshold })} />
          )}
        </div>
        <div className="fp-rule__tools">
          <button type="button" className={`fp-icon-btn${showInfo ? ' is-on' : ''}`} aria-expanded={showInfo} aria-controls={infoId}
            aria-label={`About ${rule.title}`} title="What this rule checks" onClick={() => setShowInfo((v) => !v)}>
            <InfoIcon size={14} />
          </button>
          <button type="button" className="fp-icon-btn" data-testid="rule-reset" disabled={!customised}
            aria-label={`Reset ${rule.title} to its defaults`} title={customised ? 'Back to the defaults' : 'Using the defaults'}
            onClick={() => onConfigure(rule, { enabled: undefined, severity: undefined, threshold: undefined })}>
            <ResetIcon size={14} />
          </button>
        </div>
      </div>
      {rule.thresholdMeaning && config.enabled && (
        <p className="fp-rule__hint">Threshold: {rule.thresholdMeaning}. Default {rule.defaultThreshold}.</p>
      )}
      {showInfo && <RuleInfo rule={rule} id={infoId} />}
    </li>
  );
});
