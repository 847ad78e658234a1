import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const ROBOT_SHOP = readFileSync(new URL('../../shared/fixtures/compose/robot-shop-docker-compose.yml', import.meta.url), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('import and export', () => {
  test('drop a docker-compose file on the canvas: the graph is imported, laid out and analysed', async ({ editor, page }) => {
    await editor.open();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'docker-compose.yml', { type: 'text/yaml' }));
      return dt;
    }, ROBOT_SHOP);
    await page.getByTestId('canvas').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('model-name')).not.toHaveText('Untitled architecture');
    await expect(editor.nodesOfKind('database')).not.toHaveCount(0);
    expect((await editor.nodeIds()).length).toBeGreaterThan(8);
    // Robot Shop's shared datastores come out shared.
    await page.getByTestId('findings-summary').click();
    await expect(page.locator('[data-testid="finding"][data-rule="shared-database"]').first()).toBeVisible();
    // Every inferred element says why.
    await editor.nodesOfKind('database').first().click();
    await expect(page.getByTestId('inferred-note')).toBeVisible();
  });

  test('a broken compose file is refused whole, the model untouched', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');
    const ids = await editor.nodeIds();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-file').click();
    await (await chooser).setFiles({ name: 'docker-compose.yml', mimeType: 'text/yaml', buffer: Buffer.from('services:\n  web:\n    image: nginx\n    depends_on: [ghost]\n') });
    await expect(page.getByTestId('load-error')).toContainText('ghost');
    await page.keyboard.press('Escape');
    expect(await editor.nodeIds()).toEqual(ids);
  });

  test('export PNG and SVG of the diagram, and the text formats', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('ecommerce');

    const exportAs = async (id: string) => {
      const download = page.waitForEvent('download');
      await page.getByTestId('menu-export').click();
      await page.getByTestId(`menu-export-${id}`).click();
      const file = await download;
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };

    const svg = await exportAs('svg');
    expect(svg.name).toBe('e-commerce.svg');
    const text = svg.bytes.toString('utf8');
    for (const name of ['order-service', 'payment-service', 'inventory-service', 'orders_db', 'order-events']) expect(text).toContain(name);
    const width = Number(/width="(\d+)"/.exec(text)![1]);
    const height = Number(/height="(\d+)"/.exec(text)![1]);

    const png = await exportAs('png');
    expect(png.name).toBe('e-commerce.png');
    expect(pngSize(png.bytes)).toEqual({ width: width * 2, height: height * 2 });

    const mermaid = await exportAs('mermaid');
    expect(mermaid.bytes.toString('utf8')).toMatch(/^flowchart LR/m);
    const report = await exportAs('report');
    expect(report.bytes.toString('utf8')).toContain('# E-commerce');
  });
});
