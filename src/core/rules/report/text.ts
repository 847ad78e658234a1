/** The CLI's readable report: one line per finding, a summary, the decision and the suppressions. */
import type { TextPosition } from '../../io/types.ts';
import type { Analysis } from '../analyze.ts';
import { countBySeverity, primarySubject } from '../findings.ts';
import { VERDICT_LABELS } from '../decision.ts';
import type { Finding, Severity } from '../types.ts';

export interface TextOptions {
  /** The file as the user named it; findings print as file:line:column when a position is known. */
  readonly file: string;
  /** ANSI colours (only when writing to a terminal and NO_COLOR is unset; the caller decides). */
  readonly color: boolean;
  readonly position?: (id: string) => TextPosition | undefined;
}

const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, green: 32 } as const;
const SEVERITY_COLOR: Readonly<Record<Severity, keyof typeof CODES>> = { error: 'red', warning: 'yellow', info: 'blue' };

/** The whole report as text, ending in a newline. */
export function formatText(analysis: Analysis, options: TextOptions): string {
  const paint = (code: keyof typeof CODES, text: string) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const where = (f: Finding) => {
    const id = primarySubject(f);
    const position = id === undefined ? undefined : options.position?.(id);
    return position ? `${options.file}:${position.line}:${position.column}` : options.file;
  };
  const ruleWidth = Math.max(0, ...analysis.findings.map((f) => f.rule.length));
  for (const f of analysis.findings) {
    lines.push(`${paint('dim', where(f))}  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`);
  }
  const counts = countBySeverity(analysis.findings);
  const total = analysis.findings.length;
  if (total === 0) lines.push(paint('green', `✓ ${options.file}: no findings`));
  else {
    const summary = `${total} ${total === 1 ? 'finding' : 'findings'} (${counts.error} ${counts.error === 1 ? 'error' : 'errors'}, ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, ${counts.info} info)`;
    lines.push('', paint('bold', summary));
  }
  if (analysis.suppressed.length > 0) {
    lines.push('', `${analysis.suppressed.length} suppressed:`);
    for (const s of analysis.suppressed) lines.push(`  ${s.finding.rule} on ${s.suppression.target}: ${s.suppression.reason}`);
  }
  const d = analysis.decision;
  lines.push('', `Decision framework: ${paint('bold', VERDICT_LABELS[d.verdict])} (${d.answered} of 6 questions answered)`);
  for (const r of d.reasons) lines.push(`  ${r.row} → ${r.then}`);
  if (d.verdict === 'not-enough-information' || d.reasons.length === 0) lines.push(`  ${d.ruleOfThumb}`);
  return `${lines.join('\n')}\n`;
}
