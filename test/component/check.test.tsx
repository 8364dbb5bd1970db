// Screens with testing-library: behaviour and ids, not copy (copy is asserted in e2e).
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../src/app';
import { initI18n } from '../../src/i18n';

const at = (url: string) => {
  window.history.replaceState(null, '', url);
  return render(<App />);
};

// The first render of a lazy screen makes vitest transform its whole chunk on demand, which can take
// more than the default second on a busy two-core machine; waiting longer asserts nothing less.
configure({ asyncUtilTimeout: 10_000 });
// The result loads the nearest centre's chunk by itself after it renders; loaded here first, a test that ends
// before it arrives does not leave vitest an import to finish after teardown.
beforeAll(() => Promise.all([initI18n('en'), import('../../src/assist/print-centres')]));
afterEach(cleanup);

describe('result', () => {
  test('carries data-verdict and one checklist line per prerequisite, with a guide link for what is missing', async () => {
    const { container } = at('/en/result/?service=residence-declaration&device=computer&have=eid-card&pins=known&software=yes&smartphone=yes');
    await waitFor(() => expect(container.querySelector('.result[data-complete]')).not.toBeNull());
    expect(container.querySelector('.result')!.getAttribute('data-verdict')).toBe('after-steps');
    const reader = container.querySelector('[data-means="eid-card"] [data-item="card-reader"]')!;
    expect(reader.getAttribute('data-status')).toBe('missing');
    expect(reader.querySelector('a.what-now')!.getAttribute('href')).toBe('/en/guide/eid-computer/');
    expect(container.querySelector('.way[data-rank="1"] [data-step]')!.getAttribute('data-step')).toBe('get-card-reader');
  });

  test('a working tool where only the municipal channel is unknown: ask-municipality, whom to ask, the centre finder', async () => {
    // Alūksne: research found no preschool channel (test/unit/municipal-channels.md); its contacts come from an older page.
    const { container } = at('/en/result/?service=preschool-registration&municipality=LV-007&device=phone&have=eparaksts-mobile&eparaksts-status=works');
    await waitFor(() => expect(container.querySelector('.result[data-complete]')).not.toBeNull());
    expect(container.querySelector('.result')!.getAttribute('data-verdict')).toBe('ask-municipality');
    const ask = container.querySelector('[data-section="ask-municipality"]')!;
    expect(ask.getAttribute('data-municipality')).toBe('LV-007');
    expect(ask.querySelector('[data-contacts="true"] a[href="https://aluksne.lv"]')).not.toBeNull();
    expect(ask.querySelector('[data-caveat]')).not.toBeNull(); // contacts from an older page say so
    expect(ask.querySelector('a[href="/en/centres/?municipality=LV-007"]')).not.toBeNull();
    expect(container.querySelector('.way')).toBeNull(); // no "find the service" as a quickest way
  });

  test('in person: the in-person section comes complete and unfolded; "Quickest" never sits on an unconfirmed route', async () => {
    const { container } = at('/en/result/?service=residence-declaration&device=computer&have=eid-card&pins=lost&software=unsure&smartphone=no');
    await waitFor(() => expect(container.querySelector('.result[data-complete]')).not.toBeNull());
    expect(container.querySelector('.result')!.getAttribute('data-verdict')).toBe('in-person');
    const inPerson = container.querySelector('[data-section="in-person"]')!;
    expect(inPerson.closest('details')).toBeNull();
    expect(inPerson.querySelector('[data-fee]')!.getAttribute('data-fee')).toBe('4.27');
    expect(inPerson.querySelector('a[href^="/en/centres/"]')).not.toBeNull();
    // the repair route starts with the PMLP visit for a new PIN envelope
    expect(container.querySelector('[data-route="fix:eid-card"] [data-step]')!.getAttribute('data-step')).toBe('new-pin-envelope');
    const bank = at('/en/result/?service=preschool-registration&municipality=LV-RIX&device=phone&have=internet-bank').container;
    await waitFor(() => expect(bank.querySelector('.result')).not.toBeNull());
    for (const way of bank.querySelectorAll('.way[data-confirmed="false"]')) expect(way.querySelector('.quickest')).toBeNull();
  });

  test('"change" links go back to the question with every answer kept', async () => {
    const { container } = at('/en/result/?service=residence-declaration&device=phone&have=internet-bank&on=2024-06-01');
    await waitFor(() => expect(container.querySelector('[data-answer="have"] a')).not.toBeNull());
    expect(container.querySelector('[data-answer="have"] a')!.getAttribute('href')).toBe('/en/check/have/?service=residence-declaration&device=phone&have=internet-bank&on=2024-06-01');
    expect(container.querySelector('.result')!.getAttribute('data-verdict')).toBe('online-now');
    expect(container.querySelector('[data-on="2024-06-01"]')).not.toBeNull();
  });

  test('a result with questions still open goes back to the first open question', async () => {
    const { container } = at('/en/result/?service=residence-declaration');
    await waitFor(() => expect(container.querySelector('form[data-question="device"]')).not.toBeNull());
  });
});

describe('questions', () => {
  test('an unknown service id in a link shows a notice and the service list', async () => {
    const { container } = at('/en/check/next/?service=kindergarten&device=phone');
    await waitFor(() => expect(container.querySelector('form[data-question="service"]')).not.toBeNull());
    expect(container.querySelector('[data-notice="service"]')).not.toBeNull();
    expect(container.querySelectorAll('input[name="service"]').length).toBeGreaterThanOrEqual(18);
  });

  test('continuing without an answer shows an error summary and marks nothing as answered', async () => {
    const { container } = at('/en/check/have/?service=residence-declaration&device=phone');
    await waitFor(() => expect(container.querySelector('form[data-question="have"]')).not.toBeNull());
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(() => expect(container.querySelector('#error-summary')).not.toBeNull());
    expect(window.location.pathname).toBe('/en/check/have/');
  });

  test('"None of these" clears the tools, and a tool clears "None of these"', async () => {
    const { container } = at('/en/check/have/?service=residence-declaration&device=phone');
    await waitFor(() => expect(container.querySelector('input[value="none"]')).not.toBeNull());
    const box = (v: string) => container.querySelector(`input[value="${v}"]`) as HTMLInputElement;
    fireEvent.click(box('eid-card'));
    fireEvent.click(box('none'));
    await waitFor(() => expect(box('eid-card').checked).toBe(false));
    expect(box('none').checked).toBe(true);
    fireEvent.click(box('smart-id'));
    await waitFor(() => expect(box('none').checked).toBe(false));
  });

  test('answering moves to the next question that applies, keeping earlier answers in the URL', async () => {
    const { container } = at('/en/check/have/?service=residence-declaration&device=computer');
    await waitFor(() => expect(container.querySelector('input[value="eid-card"]')).not.toBeNull());
    fireEvent.click(container.querySelector('input[value="eid-card"]')!);
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(() => expect(window.location.pathname).toBe('/en/check/pins/'));
    expect(window.location.search).toBe('?service=residence-declaration&device=computer&have=eid-card');
  });

  test('the service search filters the list, matching Latvian names without diacritics', async () => {
    const { container } = at('/en/check/service/');
    await waitFor(() => expect(container.querySelector('#service-search')).not.toBeNull());
    fireEvent.input(container.querySelector('#service-search')!, { target: { value: 'dzivesvietas' } });
    await waitFor(() => expect(container.querySelectorAll('input[name="service"]').length).toBe(1));
    expect((container.querySelector('input[name="service"]') as HTMLInputElement).value).toBe('residence-declaration');
  });
});

test('the language switch keeps the page and the answers', async () => {
  const { container } = at('/en/check/have/?service=my-data&device=phone');
  await waitFor(() => expect(container.querySelector('a[hreflang="ru"]')).not.toBeNull());
  expect(container.querySelector('a[hreflang="ru"]')!.getAttribute('href')).toBe('/ru/check/have/?service=my-data&device=phone');
  expect(container.querySelector('a[hreflang="lv"]')!.getAttribute('href')).toBe('/check/have/?service=my-data&device=phone');
  expect(screen.getAllByRole('link').length).toBeGreaterThan(3);
});
