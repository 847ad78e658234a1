import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { checkBudgets, formatBudgetReport } from '../scripts/budgets.ts';

/**
 * The bundle budgets, on the build this e2e run serves (the webServer builds dist/ before any test):
 * initial JS ≤ 250 kB gzip, Monaco, elkjs and zod not in it. No page needed; it takes milliseconds. No
 * outside request is enforced for every other spec by fixtures.ts. Timing aims live in `npm run bench`.
 */
test('the first load stays within the bundle budgets', () => {
  const report = checkBudgets(fileURLToPath(new URL('../dist', import.meta.url)));
  test.info().annotations.push({ type: 'initial JS', description: formatBudgetReport(report) });
  expect(report.problems, formatBudgetReport(report)).toEqual([]);
});
