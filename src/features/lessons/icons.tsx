/** The lesson player's small icons (24×24 grid, currentColor). */
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

export const CapIcon = (p: IconProps) => (<Icon {...p}><path d="M2 9.5 12 5l10 4.5L12 14z" /><path d="M6 11.5V16c2 2 10 2 12 0v-4.5M22 9.5V15" /></Icon>);
export const BackIcon = (p: IconProps) => (<Icon {...p}><path d="M15 18 9 12l6-6" /></Icon>);
export const NextIcon = (p: IconProps) => (<Icon {...p}><path d="m9 18 6-6-6-6" /></Icon>);
export const CheckIcon = (p: IconProps) => (<Icon {...p}><path d="M5 12.5 10 17l9-10" /></Icon>);
export const DotIcon = (p: IconProps) => (<Icon {...p}><circle cx="12" cy="12" r="7" /></Icon>);
export const ErrorIcon = (p: IconProps) => (<Icon {...p}><circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.01" /></Icon>);
export const BulbIcon = (p: IconProps) => (<Icon {...p}><path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" /></Icon>);
export const PlayIcon = (p: IconProps) => (<Icon {...p}><path d="M7 4.5v15l12-7.5z" /></Icon>);
export const FileIcon = (p: IconProps) => (<Icon {...p}><path d="M6 3h8l4 4v14H6z" /><path d="M14 3v4h4" /></Icon>);
export const LinkIcon = (p: IconProps) => (<Icon {...p}><path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" /><path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" /></Icon>);
export const ResetIcon = (p: IconProps) => (<Icon {...p}><path d="M4 4v5h5" /><path d="M5.5 15a7 7 0 1 0 1.2-7.6L4 9" /></Icon>);
export const BookIcon = (p: IconProps) => (<Icon {...p}><path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z" /><path d="M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" /></Icon>);
export const TrophyIcon = (p: IconProps) => (<Icon {...p}><path d="M8 4h8v5a4 4 0 0 1-8 0z" /><path d="M8 6H4.5a3 3 0 0 0 3.5 4M16 6h3.5a3 3 0 0 1-3.5 4M12 13v4M8.5 20h7M9.5 17h5" /></Icon>);
