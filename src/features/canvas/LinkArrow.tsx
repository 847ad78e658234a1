/**
 * Every link's arrowhead: one `<marker>`, defined once, that each link names. Handing React Flow a
 * marker per link (its `markerEnd` option) instead made it rebuild its marker list from every link on
 * each change of the links — a walk over the whole model in each step that opens a collapsed context.
 */
const ARROW_ID = 'faultline-link-arrow';

/** The `marker-end` of a link's path. */
export const LINK_ARROW = `url(#${ARROW_ID})`;

/** The definition: React Flow's closed arrow, 18 px, in the link colour. */
export function LinkArrowDefs() {
  return (
    <svg className="react-flow__marker" aria-hidden="true" width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        <marker id={ARROW_ID} className="react-flow__arrowhead" markerWidth="18" markerHeight="18" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
          <polyline className="arrowclosed" style={{ stroke: 'var(--link-stroke)', fill: 'var(--link-stroke)', strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
        </marker>
      </defs>
    </svg>
  );
}
