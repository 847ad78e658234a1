/** The drag-and-drop type the palette writes and the canvas reads. */
export const PALETTE_MIME = 'application/x-faultline-node-kind';
