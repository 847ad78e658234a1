/**
 * `npm run budgets`: checks the bundle budgets (scripts/budgets.ts) on dist/ — run `npm run build`
 * first. The e2e run checks the same on the build it serves (e2e/budgets.spec.ts).
 */
import { fileURLToPath } from 'node:url';
import { checkBudgets, formatBudgetReport } from './budgets.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const report = checkBudgets(dist);
process.stdout.write(`${formatBudgetReport(report)}\n`);
if (report.problems.length > 0) {
  process.stderr.write(`Budget broken:\n${report.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
