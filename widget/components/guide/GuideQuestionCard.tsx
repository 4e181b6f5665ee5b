import type { Ref } from 'preact';
import type { Translate } from '../../i18n/index.js';
import type { GuideQuestionView } from '../../worker/EngineApi.js';

interface Props {
  question: GuideQuestionView;
  t: Translate;
  busy: boolean;
  /** The question's heading, focused when it is asked after an answer. */
  headingRef: Ref<HTMLHeadingElement>;
  /** An option's id, or null to skip the question. */
  onAnswer: (optionId: string | null) => void;
}

/** One question of the guide: its options as buttons (they wrap in a narrow column), and Skip. */
export function GuideQuestionCard({ question, t, busy, headingRef, onAnswer }: Props) {
  const id = `oo-guide-q-${question.id}`;
  return (
    <div class="slds-box slds-box_x-small slds-m-bottom_small oo-guide-question" role="group" aria-labelledby={id} data-question={question.id}>
      <h3 id={id} ref={headingRef} tabIndex={-1} class="slds-text-title_bold slds-m-bottom_x-small">
        {question.text}
      </h3>
      <ul class="oo-guide-options">
        {question.options.map((o) => (
          <li key={o.id}>
            <button type="button" class="slds-button slds-button_neutral" disabled={busy} data-option={o.id} onClick={() => onAnswer(o.id)}>
              {o.label}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class="slds-button slds-button_neutral oo-guide-skip" disabled={busy} onClick={() => onAnswer(null)}>
            {t('guide.skip')}
          </button>
        </li>
      </ul>
    </div>
  );
}
