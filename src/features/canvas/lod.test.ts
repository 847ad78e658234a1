import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, FULL_DETAIL_ZOOM, lodForZoom, selectLod } from './lod.ts';

describe('level of detail', () => {
  it('draws in full from FULL_DETAIL_ZOOM up, compact down to FAR_ZOOM, bare shapes below', () => {
    expect(lodForZoom(2.5)).toBe('full');
    expect(lodForZoom(FULL_DETAIL_ZOOM)).toBe('full');
    expect(lodForZoom(FULL_DETAIL_ZOOM - 0.01)).toBe('compact');
    expect(lodForZoom(FAR_ZOOM)).toBe('compact');
    expect(lodForZoom(FAR_ZOOM - 0.01)).toBe('far');
    expect(lodForZoom(0.05)).toBe('far');
  });

  it('yields the same value for every zoom in a bucket, so a pan or small zoom re-renders nothing', () => {
    expect(selectLod({ transform: [10, 20, 0.8] })).toBe(selectLod({ transform: [-500, 300, 1.7] }));
    expect(selectLod({ transform: [0, 0, 0.3] })).toBe(selectLod({ transform: [99, 99, 0.45] }));
  });
});
