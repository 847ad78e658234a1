import { expect, type Locator, type Page } from '@playwright/test';

/** A page object for the editor: the steps a user takes, named as a user would name them. */
export class Editor {
  constructor(readonly page: Page) {}

  /** Opens the app on a fresh profile (each Playwright test has its own storage). */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByTestId('toolbar')).toBeVisible();
    await expect(this.page.locator('.react-flow__renderer')).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  nodesOfKind(kind: string): Locator {
    return this.page.locator(`.arch-node[data-kind="${kind}"]`);
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  /** Clicks a palette entry (adds the node in the middle of the view). */
  async clickPalette(kind: string): Promise<void> {
    await this.page.getByTestId(`palette-${kind}`).click();
  }

  /** Drags a palette entry onto the canvas at a point relative to the canvas' top-left corner. */
  async dragPalette(kind: string, to: { x: number; y: number }): Promise<void> {
    const canvas = this.page.getByTestId('canvas');
    await this.page.getByTestId(`palette-${kind}`).dragTo(canvas, { targetPosition: to });
  }

  /** Drags from a node's outgoing handle to another node. */
  async connect(fromId: string, toId: string): Promise<void> {
    const source = this.node(fromId).locator('.react-flow__handle-right');
    const target = this.node(toId);
    await this.node(fromId).hover();
    const s = await source.boundingBox();
    const t = await target.boundingBox();
    if (!s || !t) throw new Error('connect: node not on screen');
    await this.page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
    await this.page.mouse.move(t.x + 8, t.y + t.height / 2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Ids of the nodes currently on the canvas, in document order. */
  async nodeIds(): Promise<string[]> {
    return this.page.locator('.arch-node').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^node-/, '')));
  }

  async edgeCount(): Promise<number> {
    return this.page.locator('.react-flow__edge').count();
  }

  /** Presses a shortcut with Ctrl (Playwright's ControlOrMeta picks Cmd on macOS). */
  async shortcut(keys: string): Promise<void> {
    await this.page.keyboard.press(keys.replace('Mod', 'ControlOrMeta'));
  }

  /** Starts a new model from a template through the New menu. */
  async newFromTemplate(id: string): Promise<void> {
    await this.page.getByTestId('menu-new').click();
    await this.page.getByTestId(`menu-new-${id}`).click();
    await expect(this.page.locator('.arch-node').first()).toBeVisible();
  }

  /** Waits until autosave has written the latest change. */
  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('Saved in this browser');
  }
}
