import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { selectLoadProblem } from '../../store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';

/** Why a file or link could not be opened: every error with its place; the current model is untouched. */
export function LoadProblemDialog() {
  const store = useEditorStore();
  const problem = useEditor(selectLoadProblem);
  if (!problem) return null;
  const close = () => store.getState().setLoadProblem(null);
  return (
    <Dialog title={problem.title} tone="danger" onClose={close} testId="load-error"
      footer={<button type="button" className="btn btn--primary" onClick={close}>OK</button>}>
      <p className="dialog__text">Nothing was changed: your current model is as it was. {problem.errors.length === 1 ? 'The problem:' : `${problem.errors.length} problems:`}</p>
      <ul className="load-errors">
        {problem.errors.map((e, i) => (
          <li key={i}>
            <code className="load-errors__where">{e.line !== undefined ? `line ${e.line}${e.column !== undefined ? `:${e.column}` : ''} · ` : ''}{e.path}</code>
            <span className="load-errors__message">{e.message}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
