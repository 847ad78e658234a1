/**
 * Share links carry the whole model in the URL fragment, which browsers never send to a server, so a
 * link shares a design without any backend. lz-string's URI-safe alphabet survives copy and paste.
 */
import LZString from 'lz-string';
import type { Model } from '../model/types.ts';
import { loadModelWith } from './load-pipeline.ts';
import { serializeModelCompact } from './serialize-model.ts';
import type { LoadResult } from './types.ts';

const KEY = 'm';

/** The part of a share URL after `#`: `m=<compressed model>`. */
export function encodeShareFragment(model: Model): string {
  return `${KEY}=${LZString.compressToEncodedURIComponent(serializeModelCompact(model))}`;
}

/** Reads a model back from a share fragment (with or without the leading `#`) through the normal load pipeline. */
export function decodeShareFragment(fragment: string): LoadResult {
  const payload = readParam(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  if (payload === undefined || payload === '') return broken(`this link holds no model (expected "#${KEY}=…" after the address)`);

  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return broken('this link is damaged or cut short: its model could not be decompressed');

  // A link always carries JSON (encodeShareFragment writes it), so the YAML parser is never needed.
  const result = loadModelWith(text, { fileName: 'share.json' }, undefined);
  if (result.ok) return result;
  // Lines and columns would point into decompressed text the reader has never seen.
  return {
    ok: false,
    errors: result.errors.map(({ path, message }) => ({
      path,
      message: path === '(root)' && message.startsWith('invalid JSON') ? `this link is damaged: ${message}` : message,
    })),
  };
}

function readParam(fragment: string): string | undefined {
  // Not URLSearchParams: it would turn the "+" of lz-string's alphabet into a space.
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq) === KEY) return part.slice(eq + 1);
  }
  return undefined;
}

function broken(message: string): LoadResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}
