/**
 * Runs ELK off the main thread: ELK is synchronous and can freeze a tab for seconds on a few hundred
 * nodes. The client terminates this worker to cancel a layout, so it keeps no state worth saving.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

const elk = new ELK();
const reply = (message: LayoutResponse): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { requestId, graph } = event.data;
  elk.layout(graph).then(
    (result) => reply({ requestId, result }),
    (error: unknown) => reply({ requestId, error: error instanceof Error ? error.message : String(error) }),
  );
});
