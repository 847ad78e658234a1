/**
 * SARIF 2.1.0, so code hosts show findings as annotations. Suppressed findings are included with a
 * `suppressions` entry carrying the reason: listed, not hidden, as the model file asks.
 */
import type { TextPosition } from '../../io/types.ts';
import type { Analysis } from '../analyze.ts';
import { findingKey, primarySubject } from '../findings.ts';
import { RULES } from '../registry.ts';
import type { Finding, Severity } from '../types.ts';

export interface SarifOptions {
  /** The analysed file as a URI reference (a relative path with forward slashes is fine). */
  readonly uri: string;
  readonly toolVersion?: string;
  /** Where an id is declared in the file, for a region; results without one still carry logical locations. */
  readonly position?: (id: string) => TextPosition | undefined;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** Builds a SARIF 2.1.0 log (a plain object; JSON.stringify it) for one analysed file. */
export function toSarif(analysis: Analysis, options: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (finding: Finding, suppression?: { reason: string }) => {
    const subjects = [...finding.nodes.map((id) => ({ id, kind: 'node' })), ...finding.links.map((id) => ({ id, kind: 'link' }))];
    const primary = primarySubject(finding);
    const first = primary === undefined ? undefined : options.position?.(primary);
    const physicalLocation = {
      artifactLocation: { uri: options.uri, index: 0 },
      ...(first ? { region: { startLine: first.line, startColumn: first.column } } : {}),
    };
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation,
          logicalLocations: subjects.map((s) => ({ name: s.id, fullyQualifiedName: `${s.kind}s/${s.id}`, kind: 'resource' })),
        },
      ],
      partialFingerprints: { 'faultline/v1': findingKey(finding) },
      ...(suppression ? { suppressions: [{ kind: 'inSource', justification: suppression.reason }] } : {}),
    };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'faultline',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title.replace(/(^|\s)(\w)/g, (_m, _s: string, c: string) => c.toUpperCase()).replace(/\W/g, ''),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.explanation },
              help: { text: `${rule.explanation}\n\nPattern: ${rule.pattern.name} (catalogue: ${rule.pattern.catalogueSection}).` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { pattern: rule.pattern.name, catalogueSection: rule.pattern.catalogueSection },
            })),
          },
        },
        artifacts: [{ location: { uri: options.uri } }],
        results: [...analysis.findings.map((f) => result(f)), ...analysis.suppressed.map((s) => result(s.finding, s.suppression))],
      },
    ],
  };
}
