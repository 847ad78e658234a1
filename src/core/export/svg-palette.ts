/** Colours for diagram exports, mirroring the app's light and dark themes (src/app/theme.css). */
import type { NodeKind } from '../model/types.ts';

export type SvgTheme = 'light' | 'dark';

export interface SvgPalette {
  background: string;
  surface: string;
  border: string;
  text: string;
  textMuted: string;
  contextFill: string;
  contextStroke: string;
  contextText: string;
  kind: Record<NodeKind, { accent: string; soft: string }>;
  link: { sync: string; async: string; data: string };
  badgeFill: string;
}

export const SVG_PALETTES: Record<SvgTheme, SvgPalette> = {
  light: {
    background: '#f5f6f8',
    surface: '#ffffff',
    border: '#b9c0cb',
    text: '#1c2230',
    textMuted: '#7a8396',
    contextFill: 'rgba(59,91,219,0.045)',
    contextStroke: 'rgba(59,91,219,0.35)',
    contextText: '#3b5bdb',
    kind: {
      service: { accent: '#3b5bdb', soft: '#eef2ff' },
      database: { accent: '#2f9e44', soft: '#ebfbee' },
      broker: { accent: '#e8590c', soft: '#fff4e6' },
      gateway: { accent: '#7048e8', soft: '#f3f0ff' },
      client: { accent: '#495057', soft: '#f1f3f5' },
      external: { accent: '#868e96', soft: '#f8f9fa' },
    },
    link: { sync: '#4c5a75', async: '#e8590c', data: '#2f9e44' },
    badgeFill: '#ffffff',
  },
  dark: {
    background: '#14171f',
    surface: '#1c2029',
    border: '#4a5366',
    text: '#e6e9ef',
    textMuted: '#848da0',
    contextFill: 'rgba(116,143,252,0.06)',
    contextStroke: 'rgba(116,143,252,0.4)',
    contextText: '#748ffc',
    kind: {
      service: { accent: '#748ffc', soft: '#232a45' },
      database: { accent: '#51cf66', soft: '#1c3123' },
      broker: { accent: '#ff922b', soft: '#3a2a1b' },
      gateway: { accent: '#9775fa', soft: '#2b2445' },
      client: { accent: '#adb5bd', soft: '#2a2f38' },
      external: { accent: '#909aa8', soft: '#23272f' },
    },
    link: { sync: '#aab3c5', async: '#ff922b', data: '#51cf66' },
    badgeFill: '#1c2029',
  },
};
