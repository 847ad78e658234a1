/** Module-level selectors: stable function identities keep subscriptions cheap. */
import type { EditorState } from './editor-store.ts';

export const selectModel = (s: EditorState) => s.model;
export const selectNodes = (s: EditorState) => s.model.nodes;
export const selectLinks = (s: EditorState) => s.model.links;
export const selectGroups = (s: EditorState) => s.model.groups;
export const selectSelection = (s: EditorState) => s.selection;
export const selectTheme = (s: EditorState) => s.theme;
export const selectCanUndo = (s: EditorState) => s.history.undo.length > 0;
export const selectCanRedo = (s: EditorState) => s.history.redo.length > 0;
export const selectUndoLabel = (s: EditorState) => s.history.undo.at(-1)?.label;
export const selectRedoLabel = (s: EditorState) => s.history.redo.at(-1)?.label;
export const selectModelName = (s: EditorState) => s.model.name;
export const selectIsEmpty = (s: EditorState) => s.model.nodes.length === 0 && s.model.groups.length === 0;
export const selectNotices = (s: EditorState) => s.notices;
export const selectLoadProblem = (s: EditorState) => s.loadProblem;
export const selectRenamingId = (s: EditorState) => s.renamingId;
export const selectDocId = (s: EditorState) => s.docId;
