/** The panel's own small icons (16px grid, currentColor), drawn so the severity reads without colour too. */
import type { SVGProps } from 'react';
import type { Severity } from '../../core/rules/index.ts';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Svg({ size = 14, children, ...rest }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
      {children}
    </svg>
  );
}

/** A filled circle with a cross: error. */
export const ErrorIcon = (p: IconProps) => (
  <Svg {...p}><circle cx="8" cy="8" r="6.5" fill="currentColor" stroke="none" /><path d="M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5" stroke="var(--surface)" strokeWidth={1.6} /></Svg>
);
/** A filled triangle with a bar: warning. */
export const WarningSignIcon = (p: IconProps) => (
  <Svg {...p}><path d="M8 1.75 15 14H1z" fill="currentColor" stroke="currentColor" strokeWidth={1} /><path d="M8 6v3.5M8 11.75v.01" stroke="var(--surface)" strokeWidth={1.6} /></Svg>
);
/** A ring with an "i": information. */
export const InfoIcon = (p: IconProps) => (
  <Svg {...p}><circle cx="8" cy="8" r="6.25" /><path d="M8 7.25v4M8 4.75v.01" strokeWidth={1.7} /></Svg>
);

export function SeverityIcon({ severity, size }: { severity: Severity; size?: number }) {
  const props = size === undefined ? {} : { size };
  switch (severity) {
    case 'error':
      return <ErrorIcon {...props} />;
    case 'warning':
      return <WarningSignIcon {...props} />;
    case 'info':
      return <InfoIcon {...props} />;
  }
}

export const ChevronIcon = (p: IconProps) => (<Svg size={10} {...p}><path d="M6 4l4 4-4 4" /></Svg>);
export const CaretDownIcon = (p: IconProps) => (<Svg size={10} {...p}><path d="M4 6l4 4 4-4" /></Svg>);
export const FixIcon = (p: IconProps) => (
  <Svg {...p}><path d="M9.5 2.5a3.5 3.5 0 0 0-3.3 4.6L2 11.3 4.7 14l4.2-4.2a3.5 3.5 0 0 0 4.6-3.3l-2 .5-1.5-1.5.5-2z" /></Svg>
);
export const SearchIcon = (p: IconProps) => (<Svg {...p}><circle cx="7" cy="7" r="4.25" /><path d="M10.25 10.25 13.5 13.5" /></Svg>);
export const CheckCircleIcon = (p: IconProps) => (<Svg {...p}><circle cx="8" cy="8" r="6.25" /><path d="M5.25 8.25 7.2 10.2l3.6-4" /></Svg>);
export const MuteIcon = (p: IconProps) => (<Svg {...p}><circle cx="8" cy="8" r="6.25" /><path d="M3.6 12.4l8.8-8.8" /></Svg>);
export const RestoreIcon = (p: IconProps) => (<Svg {...p}><path d="M3 8a5 5 0 1 0 1.5-3.55" /><path d="M3 2.5V5.5h3" /></Svg>);
export const CollapseIcon = (p: IconProps) => (<Svg {...p}><path d="M4 6l4 4 4-4" /></Svg>);
export const ResetIcon = RestoreIcon;
