/** Small stroke icons drawn for Faultline (24×24 grid, currentColor), so the app fetches nothing. */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Icon({ size = 16, children, ...rest }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
      {children}
    </svg>
  );
}

export const ServiceIcon = (p: IconProps) => (
  <Icon {...p}><rect x="3" y="4" width="18" height="16" rx="3" /><path d="M7 9h10M7 13h6" /></Icon>
);
export const DatabaseIcon = (p: IconProps) => (
  <Icon {...p}><ellipse cx="12" cy="5.5" rx="7.5" ry="2.8" /><path d="M4.5 5.5v13c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8v-13" /><path d="M4.5 12c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8" /></Icon>
);
export const BrokerIcon = (p: IconProps) => (
  <Icon {...p}><rect x="2.5" y="8" width="19" height="8" rx="4" /><path d="M7 12h.01M11 12h.01M15 12h.01" strokeWidth={2.6} /></Icon>
);
export const GatewayIcon = (p: IconProps) => (
  <Icon {...p}><path d="M12 2.5 21 7v10l-9 4.5L3 17V7z" /><path d="M8 12h8M13 9l3 3-3 3" /></Icon>
);
export const ClientIcon = (p: IconProps) => (
  <Icon {...p}><rect x="3" y="4" width="18" height="12" rx="2" /><path d="M8 20h8M12 16v4" /></Icon>
);
export const ExternalIcon = (p: IconProps) => (
  <Icon {...p}><path d="M7 18a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 18 9.5a4.25 4.25 0 0 1-.5 8.5z" /></Icon>
);
export const ContextIcon = (p: IconProps) => (
  <Icon {...p}><rect x="3" y="3" width="18" height="18" rx="3" strokeDasharray="3 3" /><path d="M7 8h6" /></Icon>
);
export const UndoIcon = (p: IconProps) => (<Icon {...p}><path d="M9 14 4 9l5-5" /><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" /></Icon>);
export const RedoIcon = (p: IconProps) => (<Icon {...p}><path d="m15 14 5-5-5-5" /><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" /></Icon>);
export const LayoutIcon = (p: IconProps) => (<Icon {...p}><rect x="3" y="4" width="6" height="6" rx="1.5" /><rect x="15" y="4" width="6" height="6" rx="1.5" /><rect x="15" y="14" width="6" height="6" rx="1.5" /><path d="M9 7h6M12 7v10h3" /></Icon>);
export const OpenIcon = (p: IconProps) => (<Icon {...p}><path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" /></Icon>);
export const DownloadIcon = (p: IconProps) => (<Icon {...p}><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></Icon>);
export const ShareIcon = (p: IconProps) => (<Icon {...p}><path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" /><path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" /></Icon>);
export const SunIcon = (p: IconProps) => (<Icon {...p}><circle cx="12" cy="12" r="4" /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" /></Icon>);
export const MoonIcon = (p: IconProps) => (<Icon {...p}><path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" /></Icon>);
export const PlusIcon = (p: IconProps) => (<Icon {...p}><path d="M12 5v14M5 12h14" /></Icon>);
export const TrashIcon = (p: IconProps) => (<Icon {...p}><path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" /></Icon>);
export const CopyIcon = (p: IconProps) => (<Icon {...p}><rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" /></Icon>);
export const EditIcon = (p: IconProps) => (<Icon {...p}><path d="M4 20h4L19 9l-4-4L4 16z" /></Icon>);
export const CloseIcon = (p: IconProps) => (<Icon {...p}><path d="M6 6l12 12M18 6 6 18" /></Icon>);
export const FileIcon = (p: IconProps) => (<Icon {...p}><path d="M6 3h8l4 4v14H6z" /><path d="M14 3v4h4" /></Icon>);
export const WarningIcon = (p: IconProps) => (<Icon {...p}><path d="M12 3 2 20h20z" /><path d="M12 10v4M12 17h.01" /></Icon>);
export const HeartIcon = (p: IconProps) => (<Icon {...p}><path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" /></Icon>);
export const LogoIcon = (p: IconProps) => (
  <Icon {...p}><path d="M3 17 9 7l4 6 3-4 5 8" /><circle cx="9" cy="7" r="1.6" /><circle cx="16" cy="9" r="1.6" /></Icon>
);
