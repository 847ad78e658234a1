import { test, expect } from './fixtures.ts';

test.describe('live findings', () => {
  test('two services sharing a database: see the finding, apply the quick fix, undo brings it back', async ({ editor, page }) => {
    await editor.open();
    await editor.dragPalette('service', { x: 200, y: 150 });
    await editor.dragPalette('service', { x: 200, y: 450 });
    await editor.dragPalette('database', { x: 650, y: 300 });
    const [a, b, db] = await editor.nodeIds();
    await editor.connect(a!, db!);
    await editor.connect(b!, db!);

    const summary = page.getByTestId('findings-summary');
    await summary.click();
    const panel = page.getByTestId('findings-panel');
    await expect(panel).toBeVisible();
    const finding = panel.locator('[data-testid="finding"][data-rule="shared-database"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('service');
    // The shared database is marked on the canvas.
    await expect(editor.node(db!)).toHaveAttribute('data-severity', 'error');

    // Clicking the finding selects its subjects.
    await finding.click();
    await expect(page.locator('.arch-node.is-selected')).not.toHaveCount(0);

    await finding.getByTestId('quick-fix').first().click();
    await expect(finding).toHaveCount(0);
    await expect(editor.nodesOfKind('database')).toHaveCount(2);

    await editor.shortcut('Mod+z');
    await expect(finding).toHaveCount(1);
    await expect(editor.nodesOfKind('database')).toHaveCount(1);
  });

  test('the distributed-monolith template is flagged; suppressing a finding lists it with its reason', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('distributed-monolith');
    await page.getByTestId('findings-summary').click();
    const panel = page.getByTestId('findings-panel');
    for (const rule of ['shared-database', 'sync-chain', 'missing-circuit-breaker', 'distributed-monolith']) {
      await expect(panel.locator(`[data-testid="finding"][data-rule="${rule}"]`).first()).toBeVisible();
    }
    const sharedDb = panel.locator('[data-testid="finding"][data-rule="shared-database"]').first();
    await sharedDb.getByTestId('suppress').click();
    await page.getByTestId('suppress-reason').fill('Legacy reporting DB, migrating in Q3');
    await page.getByTestId('suppress-confirm').click();
    await expect(panel.locator('[data-testid="finding"][data-rule="shared-database"]')).toHaveCount(0);
    await expect(panel.getByTestId('suppressed-finding').first()).toContainText('Legacy reporting DB');
  });
});
