// Lazy chunk: the question pages and the result. Reads everything from the URL, holds no policy:
// the flow decides which question comes next, the rules decide the verdict.
import '../../check-core';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { lang, needNamespaces, t } from '../../i18n';
import { SCREEN_WORDS } from '../../screen-words';
import { pathFor, type Page } from '../../routes';
import { parseQuery, toQuery, type Parsed } from '../../flow/url';
import { nextStep, questionById } from '../../flow/questions';
import { todayInRiga } from '../../flow/device';
import { findService } from '../../rules/facts';
import { QuestionPage } from './QuestionPage';
import { ResultPage } from './ResultPage';
import { Notices } from './Notices';
import { useTitle } from '../../title';
import { factVars } from './factVars';

export interface CheckState extends Parsed {
  today: string;
  go: (page: Page, answers: Parsed['answers'], replace?: boolean) => void;
  hrefTo: (page: Page, answers?: Parsed['answers']) => string;
}

export function useCheckState(): CheckState {
  const { url, route } = useLocation();
  const parsed = parseQuery(url.includes('?') ? url.slice(url.indexOf('?')) : '');
  const keep = { on: parsed.flags.on, mode: parsed.flags.mode };
  const hrefTo = (page: Page, answers = parsed.answers) => pathFor(lang(), page) + toQuery(answers, keep);
  return {
    ...parsed,
    today: parsed.flags.on ?? todayInRiga(),
    hrefTo,
    go: (page, answers, replace) => route(hrefTo(page, answers), replace),
  };
}

/** The facts a question's words name, as of today (for a prerendered question's <title>, src/main.tsx). */
export const questionTitleVars = () => factVars(todayInRiga());

export function Check({ page }: { page: Extract<Page, { name: 'question' } | { name: 'result' }> }) {
  needNamespaces(...SCREEN_WORDS.check);
  const state = useCheckState();
  const next = nextStep(state.answers, state.today);
  const isBrowser = typeof window !== 'undefined';
  const wantsNext = page.name === 'question' && page.id === 'next';
  // /check/next/ continues where the answers leave off; a result with questions still open goes back to them.
  // A question that does not apply to these answers (e.g. PIN codes without a card) also moves on.
  const q = page.name === 'question' ? questionById(page.id) : undefined;
  const notApplicable = !!q && q.id !== 'service' && !q.ask(state.answers, state.today);
  const redirectTo = wantsNext || notApplicable || (page.name === 'result' && next !== 'result') ? next : undefined;
  // Redirects keep the raw query, so what was wrong with a link is still shown on the page we land on.
  const { url, route } = useLocation();
  useEffect(() => {
    if (!isBrowser || !redirectTo) return;
    const target = pathFor(lang(), redirectTo === 'result' ? { name: 'result' } : { name: 'question', id: redirectTo });
    route(target + (url.includes('?') ? url.slice(url.indexOf('?')) : ''), true);
  }, [redirectTo, url]);

  if (redirectTo) return <Loading />;
  if (page.name === 'question') {
    if (!q) return <UnknownQuestion />;
    return (
      <>
        <Notices notices={state.notices} />
        <QuestionPage key={q.id} q={q} state={state} />
      </>
    );
  }
  const service = findService(state.answers.service)!;
  return (
    <>
      <Notices notices={state.notices} />
      <ResultPage service={service} state={state} />
    </>
  );
}

function Loading() {
  useTitle(t('check.loading'));
  return <p class="loading">{t('check.loading')}</p>;
}

function UnknownQuestion() {
  useTitle(t('notFound.title'), true);
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p><a class="button" href={pathFor(lang(), { name: 'question', id: 'next' })}>{t('check.startAgain')}</a></p>
    </>
  );
}
