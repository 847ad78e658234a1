/** The library's small icons (24×24 grid, currentColor). */
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

export const BookIcon = (p: IconProps) => (<Icon {...p}><path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z" /><path d="M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" /></Icon>);
export const SearchIcon = (p: IconProps) => (<Icon {...p}><circle cx="11" cy="11" r="6.5" /><path d="m20 20-4.2-4.2" /></Icon>);
export const BackIcon = (p: IconProps) => (<Icon {...p}><path d="M15 18 9 12l6-6" /></Icon>);
export const WandIcon = (p: IconProps) => (<Icon {...p}><path d="m4 20 11-11M14 4v3M19 9h3M18.5 5.5 20 4M12.5 7.5 14 9" /></Icon>);
export const CheckIcon = (p: IconProps) => (<Icon {...p}><path d="M5 12.5 10 17l9-10" /></Icon>);
export const CrossIcon = (p: IconProps) => (<Icon {...p}><path d="M7 7l10 10M17 7 7 17" /></Icon>);
export const OpenModelIcon = (p: IconProps) => (<Icon {...p}><rect x="3" y="4" width="7" height="6" rx="1.5" /><rect x="14" y="14" width="7" height="6" rx="1.5" /><path d="M10 7h4a2 2 0 0 1 2 2v5" /></Icon>);
