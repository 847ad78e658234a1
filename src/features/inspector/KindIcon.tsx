import type { NodeKind } from '../../core/model/index.ts';
import { assertNever } from '../../core/model/index.ts';
import { BrokerIcon, ClientIcon, DatabaseIcon, ExternalIcon, GatewayIcon, ServiceIcon } from '../../ui/icons.tsx';

/** The palette's icon for a node kind. */
export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  switch (kind) {
    case 'service': return <ServiceIcon size={size} />;
    case 'database': return <DatabaseIcon size={size} />;
    case 'broker': return <BrokerIcon size={size} />;
    case 'gateway': return <GatewayIcon size={size} />;
    case 'client': return <ClientIcon size={size} />;
    case 'external': return <ExternalIcon size={size} />;
    default: return assertNever(kind, 'node kind');
  }
}

/** An arrow for links (the shared icon set has none). */
export function LinkIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <circle cx="5" cy="12" r="2" />
      <path d="M7 12h12M15 8l4 4-4 4" />
    </svg>
  );
}
