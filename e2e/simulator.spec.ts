import { test, expect } from './fixtures.ts';

test.describe('failure simulator', () => {
  test('payment hangs: the gateway fails, the canvas shows it, and the recommended policies do better', async ({ editor, page }) => {
    // A long flow with two simulation runs: on a loaded two-core machine it nears the 30 s default.
    test.slow();
    await editor.open();
    await editor.newFromTemplate('ecommerce');

    // Ctrl/Cmd+Alt+S opens and closes it, like the status-bar button.
    const panel = page.getByTestId('simulator-panel');
    await editor.shortcut('Mod+Alt+s');
    await expect(panel).toBeVisible();
    await editor.shortcut('Mod+Alt+s');
    await expect(panel).toHaveCount(0);
    await page.getByTestId('toggle-simulator').click();
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('dock-tab-simulate')).toHaveAttribute('aria-selected', 'true');

    // Pick payment-service on the canvas and hang it.
    await editor.node('payment-service').click();
    await panel.getByTestId('add-fault-hung').click();
    const fault = panel.getByTestId('fault-row-0');
    await expect(fault).toHaveAttribute('data-kind', 'hung');
    await expect(fault).toHaveAttribute('data-target', 'payment-service');
    await expect(panel.getByTestId('fault-bar-0')).toContainText('payment-service');

    // Run in the worker.
    await panel.getByTestId('sim-run').click();
    const summary = panel.getByTestId('sim-summary');
    await expect(summary).toBeVisible({ timeout: 15_000 });
    const availability = summary.locator('[data-testid="availability"][data-entry="web-app"]');
    await expect(availability).toHaveCount(1);
    expect(Number(await availability.getAttribute('data-value'))).toBeLessThan(0.9);
    // The gateway is in the blast radius, answering far less than everything.
    const gateway = summary.getByTestId('blast-radius').locator('[data-node="api-gateway"]');
    await expect(gateway).toBeVisible();
    expect(Number(await gateway.getAttribute('data-answered'))).toBeLessThan(0.9);

    // The cursor starts inside the fault window: the hung service and the gateway are failing on the canvas.
    await expect(editor.node('payment-service')).toHaveAttribute('data-sim-health', 'failing');
    await expect(editor.node('api-gateway')).toHaveAttribute('data-sim-health', 'failing');
    await expect(editor.node('payment-service')).toContainText('hung');

    // Scrub back to the start: before the fault the gateway is healthy again.
    await panel.getByTestId('sim-scrub').focus();
    await page.keyboard.press('Home');
    await expect(panel.getByTestId('sim-time')).toContainText('0 s');
    await expect(editor.node('api-gateway')).toHaveAttribute('data-sim-health', 'ok');
    // Into the fault again by clicking its bar on the timeline.
    await panel.getByTestId('fault-bar-0').click();
    await expect(editor.node('api-gateway')).toHaveAttribute('data-sim-health', 'failing');

    // Play a moment: the cursor moves.
    const before = await panel.getByTestId('sim-time').textContent();
    await panel.getByTestId('sim-play').click();
    await expect(panel.getByTestId('sim-time')).not.toHaveText(before ?? '');
    await panel.getByTestId('sim-play').click();

    // Charts are drawn by uPlot (loaded on demand).
    await expect(panel.getByTestId('chart-entry-success').locator('canvas')).toHaveCount(1);

    // Compare: the same outage with the recommended policies keeps the shop up.
    await panel.getByTestId('sim-compare').check();
    await panel.getByTestId('sim-run').click();
    const cells = summary.locator('[data-testid="availability"][data-entry="web-app"]');
    await expect(cells).toHaveCount(2, { timeout: 15_000 });
    const drawn = Number(await cells.nth(0).getAttribute('data-value'));
    const hardened = Number(await cells.nth(1).getAttribute('data-value'));
    await expect(cells.nth(1)).toHaveAttribute('data-variant', 'with recommended policies');
    expect(hardened).toBeGreaterThan(drawn);
    expect(hardened).toBeGreaterThan(0.95);

    // Applying the policies is one undo step, and the runs are then marked stale.
    await panel.getByTestId('apply-policies').click();
    await expect(panel.getByTestId('sim-stale')).toContainText('Model changed since this run');
    await editor.shortcut('Mod+z');
    await expect(panel.getByTestId('sim-stale')).toHaveCount(0);
  });

  test('zoomed out to the overview, a collapsed context shows its members\' worst health', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    await page.getByTestId('toggle-simulator').click();
    const panel = page.getByTestId('simulator-panel');
    await editor.node('payment-service').click();
    await panel.getByTestId('add-fault-hung').click();
    await panel.getByTestId('sim-run').click();
    await expect(panel.getByTestId('sim-summary')).toBeVisible({ timeout: 15_000 });
    // The cursor starts inside the fault window.
    await expect(editor.node('payment-service')).toHaveAttribute('data-sim-health', 'failing');

    for (let i = 0; i < 12 && (await page.locator('[data-members]').count()) === 0; i++) await page.locator('.react-flow__controls-zoomout').click();
    await expect(page.getByTestId('context-payments')).toHaveAttribute('data-sim-health', 'failing');
    await page.locator('.react-flow__controls-fitview').click();
    await expect(editor.node('payment-service')).toBeVisible();
  });
});
