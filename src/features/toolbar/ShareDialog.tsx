import { useState } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';

/** Shows the share link with a copy button; opening it loads the model as a new copy. */
export function ShareDialog({ link, onClose }: { link: string; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const kb = (new TextEncoder().encode(link).length / 1024).toFixed(1);
  return (
    <Dialog title="Share this model" onClose={onClose} testId="share-dialog"
      footer={<button type="button" className="btn btn--primary" onClick={onClose}>Done</button>}>
      <p className="dialog__text">Anyone who opens this link gets their own copy of the model. Nothing is uploaded: the whole model is in the link ({kb} KB).</p>
      <div className="share-row">
        <input className="text-input" readOnly value={link} aria-label="Share link" data-testid="share-link" onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn--secondary" onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied('yes');
          } catch {
            setCopied('failed');
          }
        }}>Copy</button>
      </div>
      {copied === 'yes' && <p className="dialog__hint">Copied to the clipboard.</p>}
      {copied === 'failed' && <p className="dialog__hint">The browser did not allow copying; select the link and copy it yourself.</p>}
    </Dialog>
  );
}
