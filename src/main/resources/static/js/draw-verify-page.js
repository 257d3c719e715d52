// The public draw page's "verify in your browser" section: fetches the published record,
// frame.csv and orgs.csv (and, for auditors, roster.csv and conflicts.csv), runs draw-verify.js
// and lists every check. Labels come from the page (message keys), never from this file. A check's
// technical detail (protocol=FD-DRAW-1, expected=… actual=…) is folded away in a <details>: a person
// reads the label and the mark; whoever wants to compare hashes opens it (issue 21 item 2).
import { verifyDraw } from './draw-verify.js';

const section = document.getElementById('verify');

function labels() {
  const map = new Map();
  const template = document.getElementById('verify-labels');
  template.content.querySelectorAll('[data-check]').forEach((el) => map.set(el.dataset.check, el.textContent));
  return map;
}

async function text(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// A stratum is named as the page's strata table names it (its first cell), not by its code.
function subject(code) {
  return document.getElementById(`stratum-${code}`)?.cells[0]?.textContent.trim() || code;
}

function technical(text) {
  const details = document.createElement('details');
  details.className = 'fd-verify-detail';
  const summary = document.createElement('summary');
  summary.className = 'text-muted';
  summary.textContent = section.dataset.detail;
  const detail = document.createElement('div');
  detail.className = 'fd-mono text-muted text-break';
  detail.textContent = text ?? '';
  details.append(summary, detail);
  return details;
}

function show(results) {
  const names = labels();
  const list = document.getElementById('verify-results');
  list.replaceChildren();
  for (const r of results) {
    const item = document.createElement('li');
    item.className = r.ok ? 'text-success' : 'text-danger fw-bold';
    item.dataset.check = r.check;
    item.dataset.ok = String(r.ok);
    const mark = document.createElement('span');
    mark.textContent = r.ok ? '\u2713 ' : '\u2717 ';
    const name = document.createElement('span');
    name.textContent = (names.get(r.check) ?? r.check) + (r.subject ? ` ${subject(r.subject)}` : '');
    item.append(mark, name, technical(r.detail));
    list.append(item);
  }
  const failed = results.filter((r) => !r.ok).length;
  const summary = document.getElementById('verify-summary');
  summary.className = failed === 0 ? 'fw-bold mb-2 text-success' : 'fw-bold mb-2 text-danger';
  summary.dataset.result = failed === 0 ? 'passed' : 'failed';
  summary.textContent = failed === 0 ? section.dataset.ok.replace('{0}', results.length)
    : section.dataset.failed.replace('{0}', failed);
}

async function run(full) {
  const summary = document.getElementById('verify-summary');
  summary.dataset.result = 'running';
  summary.textContent = section.dataset.running;
  try {
    const record = JSON.parse(new TextDecoder().decode(await text(section.dataset.record)));
    const [frame, orgs] = await Promise.all([text(section.dataset.frame), text(section.dataset.orgs)]);
    let roster = null;
    let conflicts = null;
    if (full) {
      [roster, conflicts] = await Promise.all([text(section.dataset.roster), text(section.dataset.conflicts)]);
    }
    show(await verifyDraw(record, frame, roster, conflicts, orgs));
  } catch (error) {
    summary.dataset.result = 'error';
    summary.className = 'fw-bold mb-2 text-danger';
    summary.textContent = section.dataset.error;
    document.getElementById('verify-results').replaceChildren(technical(error.message));
  }
}

if (section) {
  run(false);
  document.getElementById('verify-full')?.addEventListener('click', () => run(true));
}
