import { useEffect, useRef, useState } from 'preact/hooks';
import type { Remote } from 'comlink';
import type { Translate } from '../../i18n/index.js';
import type { EngineApi, GuideAnswer, GuideSetup, ProductSummary } from '../../worker/EngineApi.js';
import { describeError, type ErrorView, type PageError } from '../describeError.js';
import { GuideQuestionCard } from './GuideQuestionCard.js';
import { GuideResults } from './GuideResults.js';

interface Props {
  engine: Remote<EngineApi>;
  accountId: string;
  t: Translate;
  locale: string;
  currency: string;
  /** Puts a product into the account's order draft with the guide's reason; false when the order cannot take it (accepted, not loaded). */
  onAdd: (product: ProductSummary, reason: string) => boolean;
}

type Answers = Record<string, string | null>;
type Load = { state: 'loading' } | { state: 'error'; error: ErrorView } | { state: 'ready'; setup: GuideSetup };

/**
 * The guided-selling tab (issue 15): one question at a time (skippable), the results updating with
 * each answer (fit, pros, cons), the relaxations as buttons when nothing fits, and "Add to order".
 * Focus moves to the next question after an answer, to the results after a relaxation.
 */
export function GuidedSelling({ engine, accountId, t, locale, currency, onAdd }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [answer, setAnswer] = useState<GuideAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [cannotAdd, setCannotAdd] = useState(false);
  const focusNext = useRef<'question' | 'results' | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const ask = async (next: Answers, focus: 'question' | 'results' | null) => {
    setBusy(true);
    try {
      const a = await engine.answerGuide(accountId, next, locale);
      setAnswers(next);
      setAnswer(a);
      focusNext.current = focus;
    } catch (error) {
      setLoad({ state: 'error', error: describeError(error as PageError, t) });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let current = true;
    engine.openGuide(accountId, locale).then(
      (setup) => current && (setLoad({ state: 'ready', setup }), void ask({}, null)),
      (error: PageError) => current && setLoad({ state: 'error', error: describeError(error, t) }),
    );
    return () => void (current = false);
  }, [accountId]);

  useEffect(() => {
    const target = focusNext.current === 'question' ? (questionRef.current ?? resultsRef.current) : focusNext.current === 'results' ? resultsRef.current : null;
    focusNext.current = null;
    target?.focus();
  }, [answer]);

  if (load.state === 'loading') return <p class="slds-p-around_medium" role="status">{t('guide.loading')}</p>;
  if (load.state === 'error') {
    return (
      <div class="slds-notify slds-notify_alert slds-alert_error oo-alert" role="alert">
        <div>
          <p>{load.error.headline}</p>
          {load.error.details && <p class="slds-text-body_small">{load.error.details}</p>}
        </div>
      </div>
    );
  }
  const { setup } = load;
  const question = setup.questions.find((q) => q.id === answer?.nextQuestion) ?? null;
  const given = setup.questions.filter((q) => q.id in answers);
  const add = (p: ProductSummary, reason: string) => {
    const taken = onAdd(p, reason);
    setCannotAdd(!taken);
    if (taken) setAdded((s) => new Set([...s, p.productId]));
  };
  return (
    <section class="oo-guide slds-p-around_small" aria-labelledby="oo-guide-title" aria-busy={busy}>
      <h2 id="oo-guide-title" class="slds-text-heading_small slds-m-bottom_x-small">
        {t('guide.title')}
      </h2>
      {setup.ignored.length > 0 && (
        <p class="slds-text-body_small slds-text-color_weak" data-testid="guide-ignored">
          {t('guide.ignored', { count: setup.ignored.length })} {setup.ignored.map((r) => t('ignored.detail', { name: r.name, field: r.field, why: r.problem })).join('; ')}
        </p>
      )}
      {given.length > 0 && (
        <div class="oo-guide-given slds-m-bottom_x-small">
          <span class="slds-text-body_small">{t('guide.given')} </span>
          {given.map((q) => (
            <span key={q.id} class="slds-badge slds-m-right_xx-small">
              {answers[q.id] === null ? t('guide.skipped', { question: q.text }) : (q.options.find((o) => o.id === answers[q.id])?.label ?? '')}
            </span>
          ))}
          <button type="button" class="slds-button slds-button_neutral slds-m-left_x-small" disabled={busy} onClick={() => void ask({}, 'question')}>
            {t('guide.restart')}
          </button>
        </div>
      )}
      {question ? (
        <GuideQuestionCard key={question.id} question={question} t={t} busy={busy} headingRef={questionRef} onAnswer={(optionId) => void ask({ ...answers, [question.id]: optionId }, 'question')} />
      ) : (
        answer && <p class="slds-text-body_small slds-m-bottom_small">{t('guide.noMoreQuestions')}</p>
      )}
      {cannotAdd && (
        <p class="slds-text-color_error slds-m-bottom_x-small" role="alert">
          {t('guide.cannotAdd')}
        </p>
      )}
      {answer && (
        <GuideResults
          answer={answer}
          t={t}
          locale={locale}
          currency={currency}
          busy={busy}
          added={added}
          headingRef={resultsRef}
          onAdd={add}
          onRelax={(drop) => void ask({ ...answers, ...Object.fromEntries(drop.map((id) => [id, null])) }, 'results')}
        />
      )}
    </section>
  );
}
