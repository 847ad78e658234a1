/**
 * Pure helpers behind the findings panel: naming a finding's subjects, filtering, and grouping by
 * severity then rule. Kept free of React so they are cheap to test and to run on every keystroke.
 */
import type { Model } from '../../core/model/index.ts';
import { getRule, SEVERITIES, type Finding, type Rule, type Severity } from '../../core/rules/index.ts';

/** One named subject of a finding, as the panel shows it. */
export interface Subject {
  readonly id: string;
  readonly name: string;
  readonly kind: 'node' | 'link';
}

/** Looks up display names for ids: nodes, contexts and sagas by name; links as "from → to". */
export type NameLookup = (id: string) => string;

/** Builds a name lookup over the model. O(model) once; each lookup is O(1). */
export function nameLookup(model: Model): NameLookup {
  const names = new Map<string, string>();
  for (const g of model.groups) names.set(g.id, g.name || g.id);
  for (const s of model.sagas) names.set(s.id, s.name || s.id);
  for (const n of model.nodes) names.set(n.id, n.name || n.id);
  const links = new Map(model.links.map((l) => [l.id, l]));
  const cache = new Map<string, string>();
  return (id) => {
    const known = names.get(id);
    if (known !== undefined) return known;
    const link = links.get(id);
    if (!link) return id;
    let label = cache.get(id);
    if (label === undefined) {
      label = `${names.get(link.from) ?? link.from} → ${names.get(link.to) ?? link.to}`;
      cache.set(id, label);
    }
    return label;
  };
}

/** A finding's subjects, nodes first (most important first, as the rule ordered them), then links. */
export function subjectsOf(finding: Finding, name: NameLookup): Subject[] {
  return [
    ...finding.nodes.map((id): Subject => ({ id, name: name(id), kind: 'node' })),
    ...finding.links.map((id): Subject => ({ id, name: name(id), kind: 'link' })),
  ];
}

export interface FindingFilter {
  /** Severities shown; an empty set would hide everything, so the panel never makes one. */
  readonly severities: ReadonlySet<Severity>;
  /** Case-insensitive text matched against the message, the rule's id and title, and subject names. */
  readonly query: string;
}

/** A finding with its resolved subjects, the unit the list renders. */
export interface Entry {
  readonly key: string;
  readonly finding: Finding;
  readonly subjects: readonly Subject[];
}

export interface RuleGroup {
  /** Stable across re-analyses: severity and rule id. */
  readonly key: string;
  readonly rule: Rule | undefined;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly entries: readonly Entry[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

/** True when the entry passes the filter. `query` must already be trimmed and lower-cased. */
export function matches(entry: Entry, severities: ReadonlySet<Severity>, query: string): boolean {
  const { finding } = entry;
  if (!severities.has(finding.severity)) return false;
  if (query === '') return true;
  if (finding.message.toLowerCase().includes(query) || finding.rule.includes(query)) return true;
  const title = getRule(finding.rule)?.title;
  if (title && title.toLowerCase().includes(query)) return true;
  return entry.subjects.some((s) => s.name.toLowerCase().includes(query));
}

/**
 * Groups entries by severity (most severe first) then by rule (in the order the findings come, which
 * the engine sorts by rule id), dropping what the filter hides. One linear pass.
 */
export function groupEntries(entries: readonly Entry[], filter: FindingFilter): SeverityGroup[] {
  const query = filter.query.trim().toLowerCase();
  const bySeverity = new Map<Severity, Map<string, Entry[]>>();
  for (const entry of entries) {
    if (!matches(entry, filter.severities, query)) continue;
    const { severity, rule } = entry.finding;
    let rules = bySeverity.get(severity);
    if (!rules) bySeverity.set(severity, (rules = new Map()));
    const list = rules.get(rule);
    if (list) list.push(entry);
    else rules.set(rule, [entry]);
  }
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const rules = bySeverity.get(severity);
    if (!rules) continue;
    let count = 0;
    const ruleGroups: RuleGroup[] = [];
    for (const [ruleId, list] of rules) {
      count += list.length;
      ruleGroups.push({ key: `${severity}|${ruleId}`, rule: getRule(ruleId), ruleId, severity, entries: list });
    }
    groups.push({ severity, count, rules: ruleGroups });
  }
  return groups;
}

/** "2 errors", "1 warning", "3 info". */
export function severityCount(severity: Severity, count: number): string {
  if (severity === 'info') return `${count} info`;
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
