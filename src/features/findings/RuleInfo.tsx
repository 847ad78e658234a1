import type { Rule } from '../../core/rules/index.ts';
import { useEditorStore } from '../../store/StoreProvider.tsx';
import { teachingStoreFor } from '../../store/teaching.ts';

/** A rule's explanation, the pattern that fixes it, and the catalogue's NEVER line when it has one. */
export function RuleInfo({ rule, id }: { rule: Rule; id?: string }) {
  const store = useEditorStore();
  return (
    <div className="fp-info" id={id} data-testid="rule-explanation">
      <p className="fp-info__text">{rule.explanation}</p>
      <dl className="fp-info__facts">
        <div>
          <dt>Fix with</dt>
          <dd>
            <strong>{rule.pattern.name}</strong>
            <span className="fp-info__where" title="Section of the pattern catalogue">
              Pattern catalogue › {rule.pattern.catalogueSection}
            </span>
            <button type="button" className="fp-link" data-testid="rule-learn" title="Open its entry in the pattern library"
              onClick={() => teachingStoreFor(store).getState().requestLibrary({ ruleId: rule.id })}>
              Learn about {rule.pattern.name} →
            </button>
          </dd>
        </div>
        {rule.defaultThreshold !== undefined && rule.thresholdMeaning && (
          <div>
            <dt>Threshold</dt>
            <dd>{rule.thresholdMeaning} (default {rule.defaultThreshold})</dd>
          </div>
        )}
      </dl>
      {rule.never && (
        <blockquote className="fp-info__never">
          <span className="fp-info__never-tag">NEVER</span>
          {rule.never}
        </blockquote>
      )}
    </div>
  );
}
