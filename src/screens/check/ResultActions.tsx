// On the result: take it with you (print, QR hand-over to the visitor's phone) and clear it for the next
// person. The print-only lines (date checked, where to find a centre, the link) belong to the one-page
// A4 summary styled in src/assist/print.css.
import { lang, t } from '../../i18n';
import { pathFor } from '../../routes';
import { toQuery } from '../../flow/url';
import { QrCode } from '../../assist/qr';
import { NextVisitor } from '../../assist/NextVisitor';
import { PrintSheet } from '../../assist/PrintSheet'; // print only: where to go, from src/assist
import { useAssistWords } from '../../assist/words';
import type { CheckState } from './Check';
import { dateLong } from '../../i18n/format';
import '../../assist/print.css';

const origin = () => (typeof location === 'undefined' ? '' : location.origin);

export function ResultActions({ state }: { state: CheckState }) {
  const ready = useAssistWords(true);
  if (!ready) return null;
  const assist = state.flags.mode === 'assist';
  // The phone gets the same result, without assisted mode (the visitor is on their own there).
  const link = origin() + pathFor(lang(), { name: 'result' }) + toQuery(state.answers, { on: state.flags.on });
  const municipality = state.answers.municipality;
  const centres = origin() + pathFor(lang(), { name: 'centres' }) + (municipality ? `?municipality=${encodeURIComponent(municipality)}` : '');
  return (
    <>
      <p class="print-only print-head" data-print-head>
        <strong>{t('app.name')}</strong> · {t('assist:actions.checkedOn', { date: dateLong(state.today, 'loc') })}
      </p>
      <PrintSheet municipality={municipality} centresUrl={centres} />
      <section aria-labelledby="take-title" class="take" data-result-actions>
        <h2 id="take-title">{t('assist:actions.title')}</h2>
        <div class="take-qr">
          <QrCode text={link} label={t('assist:actions.qrLabel')} class="qr" />
          <div>
            <h3 class="no-print">{t('assist:actions.qrTitle')}</h3>
            <p class="hint">{t('assist:actions.qrHint')}</p>
            <p class="take-link">
              <span class="visually-hidden">{t('assist:actions.link')}: </span>
              <a href={link} data-result-link>{link}</a>
            </p>
          </div>
        </div>
        <p class="no-print">
          <button type="button" class="button" onClick={() => print()} data-print>{t('assist:actions.print')}</button>
        </p>
        <div class="no-print"><NextVisitor assist={assist} /></div>
      </section>
    </>
  );
}
