/** Presentational form primitives: no store access, every control labelled and described. */
import './fields.css';

export { FieldError } from './FieldError.tsx';
export { FieldFrame, type FieldFrameProps, type FieldLayout } from './FieldFrame.tsx';
export { NumberField, type NumberFieldProps } from './NumberField.tsx';
export { TextField, checkText, type TextFieldProps } from './TextField.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './SelectField.tsx';
export { Checkbox, Switch, ToggleField, type SwitchProps, type ToggleFieldProps } from './ToggleField.tsx';
export { TriStateField, type TriStateFieldProps } from './TriStateField.tsx';
export { Section, type SectionProps } from './Section.tsx';
export { ReadOnlyField } from './ReadOnlyField.tsx';
export { formatLimit, formatNumber, parseNumberDraft, type DraftResult, type NumberRules } from './number-draft.ts';
