/** Why an importer created this element, so the user can judge it; "Keep" confirms it and clears the note. */
export function InferredNote({ reason, onConfirm }: { reason: string | undefined; onConfirm: () => void }) {
  if (!reason) return null;
  return (
    <div className="insp-inferred" data-testid="inferred-note">
      <div className="insp-inferred__title">Inferred by import</div>
      <div className="insp-inferred__reason">{reason}</div>
      <button type="button" className="insp-inferred__keep" onClick={onConfirm} title="I checked it: remove this note">Keep, it is right</button>
    </div>
  );
}
