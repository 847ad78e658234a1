import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/** The text panel's editor lines, as rendered (Monaco draws spaces as no-break spaces). */
async function editorText(panel: Locator): Promise<string> {
  const text = await panel.locator('.view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

async function openTextPanel(page: Page): Promise<Locator> {
  await page.getByTestId('toggle-text').click();
  const panel = page.getByTestId('text-panel');
  await expect(panel.locator('.monaco-editor')).toBeVisible();
  await expect(panel.getByTestId('text-status')).toHaveText('Valid — synced with the canvas');
  return panel;
}

test.describe('the model as text', () => {
  test('type a service, break and fix the YAML, keys stay in the editor, undo on the canvas', async ({ editor, page }) => {
    await editor.open();
    await editor.clickPalette('service');
    await expect(editor.nodesOfKind('service')).toHaveCount(1);
    const [first] = await editor.nodeIds();

    const panel = await openTextPanel(page);
    const status = panel.getByTestId('text-status');
    await expect.poll(() => editorText(panel)).toContain(`- id: ${first}`);

    // Type a new service as the first item of `nodes:`, by keyboard.
    await panel.locator('.view-line', { hasText: /^nodes:$/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- { id: billing, kind: service, name: Billing }');
    await expect(editor.node('billing')).toBeVisible();
    await expect(editor.node('billing')).toContainText('Billing');
    await expect(status).toHaveText('Valid — synced with the canvas');
    // The cursor is in billing's block, so billing is selected on the canvas.
    await expect(editor.node('billing')).toHaveClass(/is-selected/);

    // Break the YAML, and rename while it is broken: the canvas keeps the last valid model.
    await page.keyboard.press('End');
    await page.keyboard.type(' oops');
    await expect(status).toHaveText(/^\d+ problems? — the canvas keeps the last valid model$/);
    for (let i = 0; i < ' oops'.length + 2; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' Ops');
    await expect.poll(() => editorText(panel)).toContain('name: Billing Ops } oops');
    await expect(status).toHaveText(/problems? — the canvas keeps the last valid model/);
    await expect(editor.nodesOfKind('service')).toHaveCount(2);
    await expect(editor.node('billing')).toContainText('Billing');
    await expect(editor.node('billing')).not.toContainText('Billing Ops');

    // Delete, Backspace, Space and Ctrl+Z act on the text, never on the canvas (billing is selected there).
    await page.keyboard.press('Delete');
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('Space');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => editorText(panel)).toContain('name: Billing Ops } oops');
    await expect(editor.nodesOfKind('service')).toHaveCount(2);
    await expect(editor.node('billing')).toBeVisible();
    await expect(editor.node('billing')).toHaveClass(/is-selected/);

    // Fix the text: the canvas takes it.
    await page.keyboard.press('End');
    for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
    await expect(status).toHaveText('Valid — synced with the canvas');
    await expect(editor.node('billing')).toContainText('Billing Ops');
    await expect(editor.nodesOfKind('service')).toHaveCount(2);

    // Undo on the canvas reverts the text edit, and the text follows.
    await page.getByTestId('undo').click();
    await expect(editor.node('billing')).not.toContainText('Billing Ops');
    // "name: Billing" is also inside "name: Billing Ops", so wait for the old name to go first.
    await expect.poll(() => editorText(panel)).not.toContain('Billing Ops');
    expect(await editorText(panel)).toContain('name: Billing');
    await page.getByTestId('undo').click();
    await expect(editor.node('billing')).toHaveCount(0);
    await expect.poll(() => editorText(panel)).not.toContain('billing');
    await expect(editor.nodesOfKind('service')).toHaveCount(1);
  });

  test('JSON view, remembered; canvas selection and edits reach the text', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    let panel = await openTextPanel(page);
    await panel.getByTestId('text-format-json').click();
    await expect(panel.getByTestId('text-format-json')).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => editorText(panel)).toContain('"format": "faultline"');

    // Selecting a node on the canvas selects its block in the text.
    const [id] = await editor.nodeIds();
    await editor.node(id!).click();
    await expect(panel.locator('.selected-text').first()).toBeVisible();

    // A canvas edit shows up in the text.
    const before = await editor.nodeIds();
    await editor.clickPalette('service');
    await expect.poll(async () => (await editor.nodeIds()).length).toBe(before.length + 1);
    const newest = (await editor.nodeIds()).find((n) => !before.includes(n));
    await expect.poll(() => editorText(panel)).toContain(`"id": "${newest}"`);

    // The panel closes from its header and reopens in JSON, showing the selected node's block.
    await panel.getByTestId('text-close').click();
    await expect(panel).toHaveCount(0);
    await editor.shortcut('Mod+Shift+e');
    panel = page.getByTestId('text-panel');
    await expect(panel.getByTestId('text-format-json')).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => editorText(panel)).toContain(`"id": "${newest}"`);
    await expect(panel.locator('.selected-text').first()).toBeVisible();
  });
});

test.describe('the model as text, conflicts', () => {
  test('a canvas change while the text is broken is announced, not applied over the text', async ({ editor, page }) => {
    await editor.open();
    await editor.clickPalette('service');
    const panel = await openTextPanel(page);
    const status = panel.getByTestId('text-status');

    // Break the text, then change the canvas.
    await panel.locator('.view-line', { hasText: /^nodes:$/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' [broken');
    await expect(status).toHaveText(/problems? — the canvas keeps the last valid model/);
    await editor.clickPalette('database');
    await expect(editor.nodesOfKind('database')).toHaveCount(1);
    await expect(panel.getByTestId('text-canvas-changed')).toBeVisible();
    await expect.poll(() => editorText(panel)).toContain('nodes: [broken');

    // Reloading shows the canvas, database included, and the text is valid again.
    await panel.getByTestId('text-reload').click();
    await expect(panel.getByTestId('text-canvas-changed')).toHaveCount(0);
    await expect(status).toHaveText('Valid — synced with the canvas');
    await expect.poll(() => editorText(panel)).toContain('kind: database');
    expect(await editorText(panel)).not.toContain('[broken');
  });
});
