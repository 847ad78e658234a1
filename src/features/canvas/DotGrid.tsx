import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';

/**
 * The canvas's dotted background, drawn so that panning repaints nothing. React Flow's <Background>
 * is an SVG pattern whose offset changes on every pan frame, so the whole screen is rasterised again
 * each frame. Here the dots are a CSS gradient tile on a layer a little larger than the canvas: a pan
 * moves that layer by a transform (the compositor's job), and only a zoom, which changes the spacing,
 * redraws it. The styles are written straight from React Flow's store, so a pan renders no React.
 * Same look as <Background variant="dots" gap={20} size={1.2}>: dots at multiples of `gap` in flow
 * coordinates, theme colours from React Flow's CSS variables.
 */
export function DotGrid({ gap = 20, size = 1.2 }: { gap?: number; size?: number }) {
  const dots = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  useEffect(() => {
    let lastTransform: readonly number[] | null = null;
    let lastZoom = Number.NaN;
    const apply = (transform: readonly [number, number, number]): void => {
      const el = dots.current;
      if (!el || transform === lastTransform) return;
      lastTransform = transform;
      const [x, y, zoom] = transform;
      const step = gap * zoom;
      if (zoom !== lastZoom) {
        lastZoom = zoom;
        const r = (size * zoom) / 2;
        el.style.backgroundSize = `${step}px ${step}px`;
        el.style.backgroundImage = `radial-gradient(circle at ${step / 2}px ${step / 2}px, var(--xy-background-pattern-color, var(--xy-background-pattern-dots-color-default)) ${r}px, transparent ${r + 0.6}px)`;
      }
      // A dot sits at the centre of each tile: shift so the centres land on the flow grid, by less than a tile.
      const shift = (v: number) => ((((v - step / 2) % step) + step) % step) - step;
      el.style.transform = `translate(${shift(x)}px, ${shift(y)}px)`;
    };
    apply(store.getState().transform);
    return store.subscribe((state) => apply(state.transform));
  }, [store, gap, size]);
  return (
    <div className="react-flow__background dot-grid" data-testid="rf__background">
      <div ref={dots} className="dot-grid__dots" />
    </div>
  );
}
