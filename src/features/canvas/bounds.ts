import type { Rect } from '../../core/layout/group-boxes.ts';

/** Grows a box around everything added to it: the diagram, the elements a finding names, a layer's shapes. */
export class Bounds {
  private x0 = Infinity;
  private y0 = Infinity;
  private x1 = -Infinity;
  private y1 = -Infinity;

  add(x: number, y: number, width = 0, height = 0): this {
    this.x0 = Math.min(this.x0, x);
    this.y0 = Math.min(this.y0, y);
    this.x1 = Math.max(this.x1, x + width);
    this.y1 = Math.max(this.y1, y + height);
    return this;
  }

  addRect(r: Rect): this {
    return this.add(r.x, r.y, r.width, r.height);
  }

  /** The box, grown by `margin` on every side; undefined when nothing was added. */
  rect(margin = 0): Rect | undefined {
    if (this.x0 === Infinity) return undefined;
    return { x: this.x0 - margin, y: this.y0 - margin, width: this.x1 - this.x0 + 2 * margin, height: this.y1 - this.y0 + 2 * margin };
  }
}
