// Lazy chunk: open a signed container (.edoc, .asice) on the device. The file is read here and nothing is
// sent anywhere. The container logic (src/open/) loads when a file is chosen; pdf.js only when a PDF is
// shown. Documents are never rendered as HTML or SVG: PDFs draw to canvas, raster images via blob: URLs,
// text as text, everything else is offered as a download typed application/octet-stream.
import '../../check-core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { lang, needNamespaces, t } from '../../i18n';
import { number } from '../../i18n/format';
import { pathFor } from '../../routes';
import { findGuide } from '../../rules/guides';
import { factAt } from '../../rules/fact-store';
import { todayInRiga } from '../../flow/device';
import { LIMITS } from '../../open/limits';
import type { Opened, Doc } from '../../open/container';
import { PdfPages, usePageCount } from './PdfPages';
import './open.css';
import { SCREEN_WORDS } from '../../screen-words';

// The official check is a fact (src/data/facts.json) that the signed-documents guide names, kept there once.
const OFFICIAL = String(factAt(findGuide('signed-documents')?.facts.site ?? '', todayInRiga())?.value ?? '');
const MB = 1024 * 1024;
/** Longer text is offered for saving: laying out megabytes in one element would stall a phone. */
const TEXT_INLINE = 2 * MB;

type State =
  | { step: 'idle' }
  | { step: 'reading'; percent: number }
  | { step: 'checking'; done: number; total: number }
  | { step: 'error'; code: string }
  | { step: 'done'; result: Opened; id: number };

let opened = 0; // a fresh result (pages folded, codes hidden) for every file opened

const o = (key: string, opts?: Record<string, unknown>) => t(`open:${key}`, opts);
export const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
// Under a kilobyte in bytes: a 5-byte test.txt read "0.1 KB".
const size = (n: number) => (n >= MB ? o('doc.mb', { size: number(n / MB, 1) }) : n >= 1024 ? o('doc.kb', { size: number(n / 1024, 1) }) : o('doc.b', { size: number(n) }));

function readFile(file: File, onPercent: (p: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => e.lengthComputable && onPercent(Math.round((e.loaded / e.total) * 100));
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

export function Open() {
  needNamespaces(...SCREEN_WORDS.open);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [over, setOver] = useState(false);
  const focusRef = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  async function open(file: File) {
    if (file.size > LIMITS.fileBytes) return setState({ step: 'error', code: 'too-large' });
    if (file.size === 0) return setState({ step: 'error', code: 'empty' });
    setState({ step: 'reading', percent: 0 });
    try {
      const bytes = await readFile(file, (percent) => setState({ step: 'reading', percent }));
      const { openContainer } = await import('../../open/container');
      const result = await openContainer(bytes, (_s, done, total) => setState({ step: 'checking', done: Math.min(done + 1, total), total }));
      setState({ step: 'done', result, id: ++opened });
    } catch (e) {
      const code = (e as { code?: string }).code;
      setState({ step: 'error', code: code && o(`errors.${code}`) !== `errors.${code}` ? code : 'unknown' });
    }
  }

  // Desktop Chromium: "Open with e-Gatavs" (manifest file_handlers) hands the file over through launchQueue.
  useEffect(() => {
    const lq = (window as unknown as { launchQueue?: { setConsumer(f: (p: { files: FileSystemFileHandle[] }) => void): void } }).launchQueue;
    lq?.setConsumer(async ({ files }) => files[0] && open(await files[0].getFile()));
    // Android: a file shared to the installed app arrives through the service worker (src/sw.ts).
    if (new URLSearchParams(location.search).has('shared') && 'caches' in window) {
      void caches.open(SHARE_CACHE).then(async (c) => {
        const res = await c.match(SHARE_KEY);
        await c.delete(SHARE_KEY);
        if (res) open(new File([await res.blob()], decodeURIComponent(res.headers.get('x-name') ?? 'shared.edoc')));
      });
    }
  }, []);

  useEffect(() => {
    if (state.step === 'done' || state.step === 'error') focusRef.current?.focus();
  }, [state.step]);

  const busy = state.step === 'reading' || state.step === 'checking';
  const reset = () => {
    setState({ step: 'idle' });
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  return (
    <div class="opener">
      <h1>{o('title')}</h1>
      <p class="lead">{o('lead')}</p>
      <p class="notice">{o('previewTrap')}</p>
      <p>{o('private')} {o('limits', { mb: LIMITS.fileBytes / MB, entries: LIMITS.entries })}</p>
      <noscript><p class="notice">{o('noscript')}</p></noscript>
      <div
        class={`drop${over ? ' drop-over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer?.files[0];
          if (f) open(f);
        }}
      >
        <label for="open-file" class="field-label">{o('choose')}</label>
        <p class="hint" id="open-drop">{o('drop')}</p>
        {/* No accept filter: phones know no MIME type for .edoc, and Android's picker would grey such files out.
            Whatever is chosen is checked, and anything that is not a container gets its own message. */}
        <input
          ref={input}
          id="open-file"
          type="file"
          aria-describedby="open-drop"
          disabled={busy}
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) open(f);
          }}
        />
      </div>
      <div role="status" class="open-status">
        {state.step === 'reading' && o('reading', { percent: state.percent })}
        {state.step === 'checking' && o('checking', { done: state.done, total: state.total })}
      </div>
      {state.step === 'error' && (
        <div class="error-summary" data-open-error={state.code}>
          <h2 ref={focusRef} tabIndex={-1}>{o('errorTitle')}</h2>
          <p>{o(`errors.${state.code}`, { mb: LIMITS.fileBytes / MB, entries: LIMITS.entries, total: LIMITS.totalBytes / MB })}</p>
          <p>{o('errorHelp')}</p>
          <button type="button" class="button button-secondary" onClick={reset}>{o('again')}</button>
        </div>
      )}
      {state.step === 'done' && <Result key={state.id} result={state.result} focusRef={focusRef} onAgain={reset} />}
      <p>
        <a href={pathFor(lang(), { name: 'guide', id: 'signed-documents' })}>{o('guide')}</a>
      </p>
    </div>
  );
}

// Shared with src/sw.ts (kept as literals there too: the worker must not import the screen).
const SHARE_CACHE = 'e-gatavs-share';
const SHARE_KEY = '/open/shared-file';

function Result({ result, focusRef, onAgain }: { result: Opened; focusRef: preact.RefObject<HTMLHeadingElement>; onAgain: () => void }) {
  const { documents: docs, signatures: sigs } = result;
  return (
    <div data-open-result data-unchanged={String(result.unchanged)}>
      {/* What we found comes first: a changed or unsigned document is the news, not the list of contents. */}
      <h2 ref={focusRef} tabIndex={-1}>{o('checks.title')}</h2>
      <ul class="open-checks">
        {result.unchanged && <li data-check="unchanged">{o('checks.unchanged')}</li>}
        {!sigs.length && <li data-check="no-signatures">{o('checks.noSignatures')}</li>}
        {docs.filter((d) => d.changedIn.length).map((d) => <li key={`c${d.n}`} data-check="changed" class="error">{o('checks.changed', { n: d.n, name: d.name })}</li>)}
        {sigs.length > 0 && docs.filter((d) => !d.matchedBy.length && !d.changedIn.length && !d.uncheckedIn.length).map((d) => <li key={`u${d.n}`} data-check="unsigned" class="error">{o('checks.unsigned', { n: d.n, name: d.name })}</li>)}
        {docs.filter((d) => d.uncheckedIn.length && !d.changedIn.length).map((d) => <li key={`x${d.n}`} data-check="unchecked">{o('checks.unchecked', { n: d.n, name: d.name })}</li>)}
        {sigs.flatMap((s) => s.missing.map((m) => <li key={`m${s.n}${m}`} data-check="missing" class="error">{o('checks.missing', { n: s.n, name: m })}</li>))}
      </ul>

      <h2>{o('inside.title')}</h2>
      <p data-doc-count={docs.length}>
        {docs.length ? o('inside.count', { count: docs.length }) : o('inside.none')}
        {docs.filter((d) => d.kind === 'pdf').map((d) => <PageCount key={d.n} doc={d} />)}
      </p>
      <ol class="open-docs">
        {docs.map((d) => <DocItem key={d.n} doc={d} />)}
      </ol>

      <h2>{o('sigs.title')}</h2>
      <p data-sig-count={sigs.length}>{sigs.length ? o('sigs.count', { count: sigs.length }) : o('sigs.none')}</p>
      <ol class="open-sigs">
        {sigs.map((s) => (
          <li key={s.n} data-signature={s.n}>
            <h3>{o('sig.title', { n: s.n, name: s.signer?.name || o('sig.unknownSigner') })}</h3>
            <dl class="facts">
              <dt>{o('sig.time')}</dt>
              <dd data-signing-time>{s.signingTime ? utc(s.signingTime) : o('sig.none')}</dd>
              {s.timeStamp && (<><dt>{o('sig.timeStamp')}</dt><dd data-time-stamp>{utc(s.timeStamp)}</dd></>)}
              {s.signer?.organization && (<><dt>{o('sig.organization')}</dt><dd>{s.signer.organization}</dd></>)}
              <dt>{o('sig.issuer')}</dt>
              <dd>{s.signer?.issuer || o('sig.none')}</dd>
              {s.signer && (<><dt>{o('sig.validity')}</dt><dd data-validity>{o('sig.validityValue', { from: s.signer.notBefore.slice(0, 10), to: s.signer.notAfter.slice(0, 10) })}</dd></>)}
              <dt>{o('sig.qualified')}</dt>
              <dd data-qualified={String(!!s.signer?.qualified)}>{s.signer?.qualified ? o('sig.qualifiedYes') : o('sig.qualifiedNo')}</dd>
              {s.signer?.personalCode && <PersonalCode code={s.signer.personalCode} />}
            </dl>
          </li>
        ))}
      </ol>

      <h2>{o('notChecked.title')}</h2>
      <p>{o('notChecked.body')}</p>
      <p>
        {o('notChecked.official')} <a href={OFFICIAL} hrefLang="lv" data-official>{OFFICIAL.replace(/^https:\/\/(www\.)?|\/$/g, '')}</a> {o('notChecked.officialNote')}
      </p>
      <button type="button" class="button button-secondary" onClick={onAgain}>{o('again')}</button>
    </div>
  );
}

/** " Document 1 has 7 pages." in the summary, once pdf.js has counted them. */
function PageCount({ doc }: { doc: Doc }) {
  const pages = usePageCount(doc);
  return typeof pages === 'number' ? <> {o('doc.pages', { n: doc.n, count: pages })}</> : null;
}

function PersonalCode({ code }: { code: string }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <dt>{o('sig.code')}</dt>
      <dd>
        {shown && <span data-personal-code>{code} </span>}
        <button type="button" class="link-button" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {o(shown ? 'sig.hideCode' : 'sig.showCode')}
        </button>
      </dd>
    </>
  );
}

function status(d: Doc): [string, string] {
  if (d.changedIn.length) return ['changed', o('doc.status.changed', { list: d.changedIn.join(', '), count: d.changedIn.length })];
  if (d.uncheckedIn.length) return ['unchecked', o('doc.status.unchecked')];
  if (!d.matchedBy.length) return ['unsigned', o('doc.status.unsigned')];
  return ['unchanged', o('doc.status.unchanged')];
}

function DocItem({ doc }: { doc: Doc }) {
  const [st, words] = status(doc);
  const pages = usePageCount(doc);
  // A blob URL for saving (and for raster images); typed so the browser never runs or renders it as a page.
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([doc.bytes as Uint8Array<ArrayBuffer>], { type: doc.kind === 'image' ? doc.mime : 'application/octet-stream' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [doc]);
  const base = doc.name.split('/').pop() || `document-${doc.n}`;
  return (
    <li class="open-doc" data-doc={doc.n} data-kind={doc.kind} data-status={st}>
      <h3>{o('doc.title', { n: doc.n, name: doc.name })}</h3>
      <p class="meta">
        {o(`doc.kinds.${doc.kind}`)}, {size(doc.size)}
        {typeof pages === 'number' && <>. <span data-pages={pages}>{o('doc.pages', { n: doc.n, count: pages })}</span></>}
      </p>
      <p class={`open-status-${st}`}>{words}</p>
      {doc.kind === 'pdf' && pages !== undefined && <PdfPages doc={doc} pages={pages} />}
      {doc.kind === 'image' && url && <img class="open-image" src={url} alt={o('doc.imageAlt', { n: doc.n, name: doc.name })} />}
      {doc.kind === 'text' && doc.size <= TEXT_INLINE && (
        <pre class="open-text" tabIndex={0} aria-label={o('doc.textLabel', { n: doc.n })}>{new TextDecoder().decode(doc.bytes)}</pre>
      )}
      {doc.kind === 'text' && doc.size > TEXT_INLINE && <p>{o('doc.textLong')}</p>}
      {(doc.kind === 'word' || doc.kind === 'sheet' || doc.kind === 'html' || doc.kind === 'other') && <p>{o(`doc.notes.${doc.kind}`)}</p>}
      {url && <p><a class="open-save" href={url} download={base}>{o('doc.save', { n: doc.n })}</a></p>}
    </li>
  );
}
