import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { generateCanvasModel } from '../bench/browser/model.ts';
import { encodeShareFragment } from '../src/core/io/share-link.ts';

// 200 nodes in 10 bounded contexts: opened, the whole diagram fits the view below 30 % zoom.
const model = generateCanvasModel(200);
const context0 = new Set(model.nodes.filter((n) => n.group === 'ctx-0').map((n) => n.id));
const linksInside0 = model.links.filter((l) => context0.has(l.from) && context0.has(l.to));

async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? 1);
}

async function zoomOutTo(page: Page, below: number): Promise<void> {
  for (let i = 0; i < 20 && (await zoom(page)) >= below; i++) await page.locator('.react-flow__controls-zoomout').click();
}

test.describe('a large model', () => {
  test('opens as an overview of its contexts; double-click opens one; zooming out closes them again', async ({ editor, page }) => {
    await editor.open(`/#${encodeShareFragment(model)}`);
    // Every context collapsed into one box that counts its members; the links between contexts bundled.
    await expect(page.locator('[data-members]')).toHaveCount(10);
    await expect(page.getByTestId('context-ctx-0')).toContainText('20 elements');
    await expect(page.locator('.bundle-path').first()).toBeAttached();
    await expect(editor.node('n7')).toHaveCount(0);

    await page.getByTestId('context-ctx-0').dblclick();
    await expect(editor.node('n7')).toBeVisible();
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.5);
    // Every link inside the opened context is drawn.
    for (const link of linksInside0) await expect(page.locator(`.react-flow__edge[data-id="${link.id}"]`)).toBeAttached();

    // Zoomed out to compact nodes, the links are still there (their nodes were first drawn at full detail).
    await zoomOutTo(page, 0.5);
    await expect(page.locator('.arch-node--compact').first()).toBeVisible();
    for (const link of linksInside0) await expect(page.locator(`.react-flow__edge[data-id="${link.id}"]`)).toBeAttached();

    await zoomOutTo(page, 0.3);
    await expect(editor.node('n7')).toHaveCount(0);
    await expect(page.locator('[data-testid="context-ctx-0"][data-members]')).toHaveCount(1);
  });

  test('a collapsed context is selected by a click or a selection box, and dragged with its members as one undo step', async ({ editor, page }) => {
    await editor.open(`/#${encodeShareFragment(model)}`);
    const box = page.getByTestId('context-ctx-0');
    await expect(box).toBeVisible();
    await box.click();
    await expect(editor.inspector).toContainText('Bounded context');
    await expect(editor.inspector).toContainText(model.groups[0]!.name);
    await expect(box).toHaveClass(/is-selected/);

    // Dragged 100 screen pixels right: the box follows; undo puts it back in one step.
    const before = await box.boundingBox();
    await page.mouse.move(before!.x + before!.width / 2, before!.y + before!.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(before!.x + before!.width / 2 + i * 20, before!.y + before!.height / 2);
    await page.mouse.up();
    await expect.poll(async () => (await box.boundingBox())!.x).toBeGreaterThan(before!.x + 80);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await box.boundingBox())!.x)).toBe(Math.round(before!.x));

    // Clicking empty canvas clears the selection; a selection box over two contexts selects both.
    const pane = page.locator('.react-flow__pane');
    const paneBox = (await pane.boundingBox())!;
    await page.mouse.click(paneBox.x + 5, paneBox.y + paneBox.height - 5);
    await expect(box).not.toHaveClass(/is-selected/);
    const second = (await page.getByTestId('context-ctx-1').boundingBox())!;
    const first = (await box.boundingBox())!;
    await page.mouse.move(first.x - 8, first.y - 8);
    await page.mouse.down();
    await page.mouse.move(second.x + 10, second.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect(box).toHaveClass(/is-selected/);
    await expect(page.getByTestId('context-ctx-1')).toHaveClass(/is-selected/);
  });

  test('links between nodes first drawn zoomed out are drawn', async ({ editor, page }) => {
    await editor.open(`/#${encodeShareFragment(model)}`);
    await expect(page.locator('[data-members]')).toHaveCount(10);
    // Zoom in just past the overview: the nodes mount compact, never drawn at full detail.
    for (let i = 0; i < 20 && (await zoom(page)) < 0.32; i++) await page.locator('.react-flow__controls-zoomin').click();
    await expect(page.locator('.arch-node--compact').first()).toBeVisible();
    const drawnNodes = new Set(await editor.nodeIds());
    const expected = model.links.filter((l) => drawnNodes.has(l.from) && drawnNodes.has(l.to));
    expect(expected.length).toBeGreaterThan(10);
    const drawn = await page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const missing = expected.filter((l) => !drawn.includes(l.id)).map((l) => l.id);
    expect(missing).toEqual([]);
  });

  test('a finding about a node inside a collapsed context brings the node into view', async ({ editor, page }) => {
    await editor.open(`/#${encodeShareFragment(model)}`);
    await expect(page.locator('[data-members]')).toHaveCount(10);
    await page.getByTestId('findings-summary').click();
    const finding = page.getByTestId('findings-panel').locator('[data-testid="finding"]').first();
    await finding.locator('.fp-row__main').click();
    // The view frames the finding's nodes at a zoom where they are drawn (no longer collapsed).
    await expect(page.locator('.arch-node').first()).toBeVisible();
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.3);
  });
});
