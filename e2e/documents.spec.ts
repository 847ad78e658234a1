import { test, expect } from './fixtures.ts';

const TEMPLATE_IDS = ['ecommerce', 'monolith', 'distributed-monolith'] as const;

test.describe('keeping work safe', () => {
  test('reload brings the model back exactly', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    // An edit after the template: rename a node in place.
    await editor.node('payment-service').dblclick();
    const input = page.getByRole('textbox', { name: 'Name' }).first();
    await input.fill('payments-core');
    await input.press('Enter');
    await editor.waitSaved();
    const before = { ids: await editor.nodeIds(), edges: await editor.edgeCount(), name: await page.getByTestId('model-name').textContent() };
    await page.reload();
    await expect(page.locator('.arch-node').first()).toBeVisible();
    expect(await editor.nodeIds()).toEqual(before.ids);
    expect(await editor.edgeCount()).toBe(before.edges);
    await expect(page.getByTestId('model-name')).toHaveText(before.name!);
    await expect(page.locator('.arch-node__name', { hasText: 'payments-core' })).toBeVisible();
  });

  test('a broken file shows what and where, and the model is untouched', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    const ids = await editor.nodeIds();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-file').click();
    const broken = JSON.stringify({ format: 'faultline', version: 1, name: 'Broken', nodes: [{ id: 'a', kind: 'servise', name: 'A' }], links: [{ id: 'l', kind: 'sync', from: 'a', to: 'ghost' }] }, null, 2);
    await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const dialog = page.getByTestId('load-error');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('nodes[0].kind');
    await expect(dialog).toContainText('servise');
    await expect(dialog).toContainText('line 8');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await editor.nodeIds()).toEqual(ids);

    // Not JSON at all.
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByTestId('open-file').click();
    await (await chooser2).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "faultline", ') });
    await expect(page.getByTestId('load-error')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await editor.nodeIds()).toEqual(ids);
  });

  test('a YAML file without positions opens laid out', async ({ editor, page }) => {
    await editor.open();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-file').click();
    const yaml = [
      'format: faultline', 'version: 1', 'name: Tiny', 'nodes:',
      '  - { id: web, kind: client, name: web }', '  - { id: api, kind: service, name: api }', '  - { id: db, kind: database, name: api_db }',
      'links:', '  - { id: l1, kind: sync, from: web, to: api }', '  - { id: l2, kind: data, from: api, to: db }',
    ].join('\n');
    await (await chooser).setFiles({ name: 'tiny.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await expect(page.getByTestId('model-name')).toHaveText('Tiny');
    await expect(page.locator('.arch-node')).toHaveCount(3);
    const xs = await Promise.all(['web', 'api', 'db'].map(async (id) => (await editor.node(id).boundingBox())!.x));
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
  });

  for (const id of TEMPLATE_IDS) {
    test(`template “${id}” loads`, async ({ editor, page }) => {
      await editor.open();
      await editor.newFromTemplate(id);
      expect((await editor.nodeIds()).length).toBeGreaterThan(2);
      expect(await editor.edgeCount()).toBeGreaterThan(1);
      await expect(page.getByTestId('empty-state')).toBeHidden();
    });
  }

  test('the e-commerce template, saved as a screenshot', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    for (const name of ['order', 'payment', 'inventory', 'shipping', 'notification']) await expect(editor.node(`${name}-service`)).toBeVisible();
    await expect(page.locator('.link-path--async').first()).toBeVisible();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'test-results/screenshots/ecommerce-template.png' });
  });

  test('a share link opens as a new copy and never overwrites a saved model', async ({ editor, page, context }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    await editor.waitSaved();
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('#m=');
    await page.keyboard.press('Escape');

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByTestId('model-name')).toHaveText('E-commerce');
    await expect(other.locator('.arch-node')).toHaveCount((await editor.nodeIds()).length);
    await expect(other.getByTestId('save-status')).toHaveText('Saved in this browser');
    // The fragment is consumed, so a reload does not make yet another copy.
    expect(new URL(other.url()).hash).toBe('');
    await other.getByTestId('toggle-documents').click();
    await expect(other.getByTestId('document-item')).toHaveCount(2);
    await other.close();
  });

  test('a broken share link says so and opens nothing', async ({ editor, page }) => {
    await editor.open('/#m=not-a-real-model');
    await expect(page.getByTestId('load-error')).toBeVisible();
    await expect(page.getByTestId('load-error')).toContainText('shared link');
  });

  test('models list: switch, rename, duplicate, delete asks first', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('monolith');
    await editor.waitSaved();
    await editor.newFromTemplate('ecommerce');
    await editor.waitSaved();
    await page.getByTestId('toggle-documents').click();
    const items = page.getByTestId('document-item');
    await expect(items).toHaveCount(2);
    await items.filter({ hasText: 'Monolith' }).locator('.documents__open').click();
    await expect(page.getByTestId('model-name')).toContainText('onolith');

    await items.filter({ hasText: 'E-commerce' }).getByRole('button', { name: /Duplicate/ }).click();
    await expect(items).toHaveCount(3);
    await expect(items.filter({ hasText: 'Copy of E-commerce' })).toHaveCount(1);

    await items.filter({ hasText: 'Copy of E-commerce' }).getByRole('button', { name: /Rename/ }).click();
    await page.getByRole('textbox', { name: 'Model name' }).fill('Shop v2');
    await page.keyboard.press('Enter');
    await expect(items.filter({ hasText: 'Shop v2' })).toHaveCount(1);

    await items.filter({ hasText: 'Shop v2' }).getByRole('button', { name: /Delete/ }).click();
    await expect(page.getByTestId('confirm-delete')).toBeVisible();
    await page.getByTestId('confirm-delete-yes').click();
    await expect(items).toHaveCount(2);
  });

  test('a storage failure is shown with a way out', async ({ editor, page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if (this.name === 'documents') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await editor.open();
    await editor.clickPalette('service');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
    await expect(alert).toBeVisible();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download a copy' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.faultline\.json$/);
  });
});
