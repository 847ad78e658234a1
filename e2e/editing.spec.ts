import { test, expect } from './fixtures.ts';

test.describe('editing on the canvas', () => {
  test('add nodes from the palette, connect them, edit a policy, undo and redo', async ({ editor, page }) => {
    await editor.open();
    await expect(page.getByTestId('empty-state')).toBeVisible();

    // Click adds in the middle of the view; drag drops where the pointer is.
    await editor.clickPalette('service');
    await expect(editor.nodesOfKind('service')).toHaveCount(1);
    await expect(page.getByTestId('empty-state')).toBeHidden();
    await editor.dragPalette('service', { x: 200, y: 150 });
    await editor.dragPalette('database', { x: 700, y: 550 });
    await expect(editor.nodesOfKind('service')).toHaveCount(2);
    await expect(editor.nodesOfKind('database')).toHaveCount(1);

    const [first, second] = await editor.nodesOfKind('service').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(5)));
    const [db] = await editor.nodesOfKind('database').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(5)));

    // To a database the link kind is inferred as data; between services as sync.
    await editor.connect(first!, db!);
    await expect(page.locator('.link-path--data')).toHaveCount(1);
    await editor.connect(second!, first!);
    await expect(page.locator('.link-path--sync')).toHaveCount(1);

    // The new link is selected: the inspector edits its policies.
    await expect(page.getByTestId('field-link-kind')).toHaveValue('sync');
    await page.getByTestId('toggle-breaker').click();
    await expect(page.locator('.link-badge--breaker')).toHaveText('CB');
    await page.getByTestId('toggle-timeout').click();
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 5s');
    const timeout = page.getByTestId('field-timeoutMs');
    await timeout.fill('-3');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 5s');
    await timeout.fill('3000');
    await timeout.press('Enter');
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 3s');

    // Undo walks back one edit at a time; redo walks forward.
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await editor.shortcut('Mod+z');
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 5s');
    await editor.shortcut('Mod+z');
    await expect(page.locator('.link-badge--timeout')).toHaveCount(0);
    await editor.shortcut('Mod+Shift+z');
    await editor.shortcut('Mod+Shift+z');
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 3s');
    await page.getByTestId('undo').click();
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 5s');
    await page.getByTestId('redo').click();
    await expect(page.locator('.link-badge--timeout')).toHaveText('◷ 3s');
  });

  test('a drag is one undo step; selection is not', async ({ editor, page }) => {
    await editor.open();
    await editor.clickPalette('service');
    const node = editor.nodesOfKind('service').first();
    const before = await node.boundingBox();
    await node.hover();
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(before!.x + 30 + i * 15, before!.y + 30 + i * 8);
    await page.mouse.up();
    const after = await node.boundingBox();
    expect(after!.x - before!.x).toBeGreaterThan(100);
    await editor.shortcut('Mod+z');
    await expect.poll(async () => Math.round((await node.boundingBox())!.x)).toBe(Math.round(before!.x));
    // The next undo removes the node: the drag was one step, and selecting it was none.
    await editor.shortcut('Mod+z');
    await expect(editor.nodesOfKind('service')).toHaveCount(0);
  });

  test('select, box-select, duplicate, copy/paste, delete and rename in place', async ({ editor, page }) => {
    await editor.open();
    await editor.dragPalette('service', { x: 250, y: 200 });
    await editor.dragPalette('service', { x: 550, y: 200 });
    await expect(editor.nodesOfKind('service')).toHaveCount(2);

    // Box-select: drag across empty canvas around both nodes.
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.mouse.move(canvas.x + 60, canvas.y + 60);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 800, canvas.y + 320, { steps: 10 });
    await page.mouse.up();
    await expect(page.locator('.arch-node.is-selected')).toHaveCount(2);

    await editor.shortcut('Mod+d');
    await expect(editor.nodesOfKind('service')).toHaveCount(4);
    await expect(page.locator('.arch-node.is-selected')).toHaveCount(2);
    await page.keyboard.press('Delete');
    await expect(editor.nodesOfKind('service')).toHaveCount(2);

    await editor.nodesOfKind('service').first().click();
    await editor.shortcut('Mod+c');
    await editor.shortcut('Mod+v');
    await expect(editor.nodesOfKind('service')).toHaveCount(3);

    // Rename in place: double-click, type, Enter.
    await editor.nodesOfKind('service').first().dblclick();
    const input = page.getByRole('textbox', { name: 'Name' }).first();
    await input.fill('checkout-service');
    await input.press('Enter');
    await expect(page.locator('.arch-node__name', { hasText: 'checkout-service' })).toBeVisible();
  });

  test('a hostile name is shown as text, never as markup', async ({ editor, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await editor.open();
    await editor.clickPalette('service');
    const hostile = '<img src=x onerror=alert(1)>';
    await editor.nodesOfKind('service').first().dblclick();
    const input = page.getByRole('textbox', { name: 'Name' }).first();
    await input.fill(hostile);
    await input.press('Enter');
    const name = page.locator('.arch-node__name').first();
    await expect(name).toHaveText(hostile);
    await expect(page.locator('.arch-node img')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
  });

  test('auto-layout arranges the diagram left to right as one undo step', async ({ editor, page }) => {
    await editor.open();
    // Three nodes stacked where clicks put them, then linked in a chain.
    await editor.dragPalette('client', { x: 500, y: 400 });
    await editor.dragPalette('service', { x: 300, y: 150 });
    await editor.dragPalette('database', { x: 150, y: 500 });
    const ids = await editor.nodeIds();
    await editor.connect(ids[0]!, ids[1]!);
    await editor.connect(ids[1]!, ids[2]!);
    await page.getByTestId('auto-layout').click();
    await expect.poll(async () => {
      const boxes = await Promise.all(ids.map(async (id) => (await editor.node(id).boundingBox())!.x));
      return boxes[0]! < boxes[1]! && boxes[1]! < boxes[2]!;
    }).toBe(true);
    await editor.shortcut('Mod+z');
    await expect.poll(async () => {
      const boxes = await Promise.all(ids.map(async (id) => (await editor.node(id).boundingBox())!.x));
      return boxes[0]! > boxes[1]!;
    }).toBe(true);
  });

  test('dark theme', async ({ editor, page }) => {
    await editor.open();
    await page.getByTestId('theme').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.react-flow')).toHaveClass(/dark/);
  });
});

test.describe('bounded contexts', () => {
  test('group with Ctrl+G, drag a node out of the context and back in', async ({ editor, page }) => {
    await editor.open();
    await editor.dragPalette('service', { x: 300, y: 250 });
    await editor.dragPalette('database', { x: 300, y: 420 });
    await editor.shortcut('Mod+a');
    await editor.shortcut('Mod+g');
    const context = page.locator('.context-node');
    await expect(context).toHaveCount(1);
    // The new context's name is ready to type.
    const input = page.getByRole('textbox', { name: 'Name' }).first();
    await input.fill('Ordering');
    await input.press('Enter');
    await expect(page.locator('.context-node__name')).toHaveText('Ordering');
    await expect(page.locator('.context-node__count')).toHaveText('2');

    // Drag the service far outside the box: it leaves the context.
    const service = editor.nodesOfKind('service').first();
    const box = (await service.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 600, box.y + box.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(page.locator('.context-node__count')).toHaveText('1');

    // And back in.
    const out = (await service.boundingBox())!;
    const ctx = (await page.locator('.context-node').boundingBox())!;
    await page.mouse.move(out.x + out.width / 2, out.y + out.height / 2);
    await page.mouse.down();
    await page.mouse.move(ctx.x + ctx.width / 2, ctx.y + 70, { steps: 12 });
    await page.mouse.up();
    await expect(page.locator('.context-node__count')).toHaveText('2');

    // Moving in and out were single undo steps each.
    await editor.shortcut('Mod+z');
    await expect(page.locator('.context-node__count')).toHaveText('1');
  });
});
