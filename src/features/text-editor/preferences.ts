/** The text panel's remembered choices (format, width), in localStorage; a blocked storage just forgets. */
import type { TextFormat } from './model-text.ts';

const FORMAT_KEY = 'faultline.textFormat';
const WIDTH_KEY = 'faultline.textPanelWidth';

export const DEFAULT_WIDTH = 460;
export const MIN_WIDTH = 320;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembering a preference is not worth bothering anyone about.
  }
}

export function readFormat(): TextFormat {
  return read(FORMAT_KEY) === 'json' ? 'json' : 'yaml';
}

export function writeFormat(format: TextFormat): void {
  write(FORMAT_KEY, format);
}

export function readWidth(): number {
  const width = Number(read(WIDTH_KEY));
  return Number.isFinite(width) && width >= MIN_WIDTH ? width : DEFAULT_WIDTH;
}

export function writeWidth(width: number): void {
  write(WIDTH_KEY, String(Math.round(width)));
}
