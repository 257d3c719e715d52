// FD-DRAW-1 verifier for the public draw page: the checks of verifier/Verify.java, recomputed
// in the browser with WebCrypto (also runs in Node 20, where globalThis.crypto.subtle exists).
// No library. Returns check ids and technical details only; the page labels checks from
// message keys (draw.verify.check.<id>).
//
//   const results = await verifyDraw(record, frameText, rosterText, conflictsText, orgsText);
//   // [{check: 'frameHash', ok: true, detail: 'sha256=…', subject: null}, …]
//
// `record` is the parsed GET /public/draws/{id}.json; the texts are the published csv files
// (strings, or bytes as ArrayBuffer/Uint8Array). Roster and conflicts are optional (auditors);
// orgs.csv is optional too (Fairdraw extension, docs/draw-protocol-notes.md): with it, every
// selected entity's orgCode is checked against the announced orgsHash.

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Tickets are hashed in slices so a large frame does not queue a million promises at once.
const SLICE = 4096;

async function sha256(input) {
  const data = typeof input === 'string' ? encoder.encode(input) : input;
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

async function sha256All(texts) {
  const hashes = [];
  for (let i = 0; i < texts.length; i += SLICE) {
    hashes.push(...await Promise.all(texts.slice(i, i + SLICE).map(sha256)));
  }
  return hashes;
}

function bytesOf(text) {
  if (text instanceof Uint8Array) return text;
  if (text instanceof ArrayBuffer) return new Uint8Array(text);
  return encoder.encode(text);
}

// UTF-8 byte order equals code point order. JS '<' compares UTF-16 units, which differs only
// when a surrogate (a code point above U+FFFF) meets a unit in U+E000–U+FFFF.
function compareCodePoints(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const surrogateX = x >= 0xd800 && x <= 0xdfff;
      const surrogateY = y >= 0xd800 && y <= 0xdfff;
      return surrogateX === surrogateY ? x - y : surrogateX ? 1 : -1;
    }
  }
  return a.length - b.length;
}

// Canonical two-field text: LF-terminated lines "a,b", sorted in byte order, no line twice.
function readLines(bytes) {
  const text = new TextDecoder().decode(bytes);
  const lines = [];
  if (text === '') return { lines };
  if (!text.endsWith('\n')) return { lines, problem: 'last-line-not-lf-terminated' };
  let previous = null;
  let number = 0;
  for (const line of text.slice(0, -1).split('\n')) {
    number++;
    const fields = line.split(',');
    if (line.includes('\r') || fields.length !== 2 || fields[0] === '' || fields[1] === '') {
      return { lines, problem: `line=${number} not-two-fields` };
    }
    if (previous !== null && compareCodePoints(previous, line) >= 0) {
      return { lines, problem: `line=${number} not-sorted` };
    }
    previous = line;
    lines.push(fields);
  }
  return { lines };
}

const byTicket = (a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0);

function require(record, name, type) {
  const value = record[name];
  const ok = type === 'array' ? Array.isArray(value)
    : type === 'integer' ? Number.isInteger(value) : typeof value === type;
  if (!ok) throw new RecordFormatError(`field=${name} expected=${type}`);
  return value;
}

class RecordFormatError extends Error {}

// rank(e, i) = hex(SHA-256(seed + "\nI\n" + uscc + "\n" + inspector_id)), ascending; ties by id.
async function ranked(seed, uscc, roster) {
  const ranks = await Promise.all(roster.map(([id]) => sha256(`${seed}\nI\n${uscc}\n${id}`)));
  return roster.map(([id, org], i) => ({ id, org, rank: ranks[i] }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function verifyDraw(record, frameText, rosterText, conflictsText, orgsText) {
  const results = [];
  const check = (check, ok, detail, subject = null) => results.push({ check, ok: Boolean(ok), detail, subject });
  try {
    const { seed, order } = await verifyPublic(record, frameText, check);
    if (orgsText != null) {
      await verifyOrgs(record, frameText, orgsText, check);
    }
    if (rosterText != null && conflictsText != null) {
      // A FAILED draw publishes no selection: section 2b is re-run on the recomputed selection order.
      const orgOf = new Map(orgsText == null ? [] : readLines(bytesOf(orgsText)).lines);
      const entities = failedDraw(record) ? order.map((e) => ({ uscc: e.uscc, orgCode: orgOf.get(e.uscc) ?? '', inspectors: [] }))
        : record.selected;
      await verifyTeams(record, seed, rosterText, conflictsText, check, entities);
    }
  } catch (error) {
    if (!(error instanceof RecordFormatError)) throw error;
    check('record', false, error.message);
  }
  return results;
}

const failedDraw = (record) => record.status === 'FAILED';

// Section 2b: the first rule after which fewer than T inspectors remain: roster, conflict, cap, cross_org.
function ruleThatRanOut(roster, conflicts, load, cap, uscc, team) {
  const free = roster.filter(([id]) => !conflicts.has(`${id},${uscc}`));
  const belowCap = free.filter(([id]) => (load.get(id) ?? 0) < cap);
  return roster.length < team ? 'roster' : free.length < team ? 'conflict' : belowCap.length < team ? 'cap' : 'cross_org';
}

async function verifyPublic(record, frameText, check) {
  const protocol = require(record, 'protocol', 'string');
  check('protocol', protocol === 'FD-DRAW-1', `protocol=${protocol}`);

  // Section 1: the frame is the published canonical text; its hash was announced.
  const frameBytes = bytesOf(frameText);
  const { lines: frame, problem } = readLines(frameBytes);
  check('frameCanonical', !problem, problem ?? `lines=${frame.length}`);
  const frameHash = await sha256(frameBytes);
  check('frameHash', frameHash === require(record, 'frameHash', 'string'),
    `expected=${record.frameHash} actual=${frameHash}`);
  check('frameSize', frame.length === require(record, 'frameSize', 'integer'),
    `expected=${record.frameSize} actual=${frame.length}`);

  // commitment = hex(SHA-256(hex(secret))).
  const secret = require(record, 'secret', 'string');
  const commitment = await sha256(secret);
  check('commitment', commitment === require(record, 'commitment', 'string'),
    `expected=${record.commitment} actual=${commitment}`);

  // Params text: sorted STRATUM=r_s,m_s lines, then team, cap_slack, cross_org.
  const strata = require(record, 'strata', 'array').map((s) => ({
    stratum: require(s, 'stratum', 'string'), size: require(s, 'size', 'integer'),
    ratioBp: require(s, 'ratioBp', 'integer'), min: require(s, 'min', 'integer'), sample: require(s, 'sample', 'integer'),
  })).sort((a, b) => compareCodePoints(a.stratum, b.stratum));
  const team = require(record, 'team', 'integer');
  const params = strata.map((s) => `${s.stratum}=${s.ratioBp},${s.min}\n`).join('')
    + `team=${team}\ncap_slack=${require(record, 'capSlack', 'integer')}\ncross_org=${require(record, 'crossOrg', 'boolean') ? 1 : 0}\n`;
  const paramsHash = await sha256(params);
  check('paramsHash', paramsHash === require(record, 'paramsHash', 'string'),
    `expected=${record.paramsHash} actual=${paramsHash}`);

  // Section 2: the seed binds the draw id, every announced hash, the beacon and the secret.
  const seed = await sha256(['FD-DRAW-1', require(record, 'drawId', 'string'), record.frameHash, record.paramsHash,
    require(record, 'rosterHash', 'string'), require(record, 'conflictsHash', 'string'),
    require(record, 'beacon', 'string'), secret].join('\n'));
  check('seed', seed === require(record, 'seed', 'string'), `expected=${record.seed} actual=${seed}`);

  // Section 2a: per stratum, ticket ascending (ties by USCC), the first n_s are selected.
  const selected = failedDraw(record) ? [] : require(record, 'selected', 'array');
  selected.forEach((e) => { require(e, 'uscc', 'string'); require(e, 'stratum', 'string'); require(e, 'ticket', 'string'); });
  const tickets = await sha256All(frame.map(([uscc]) => `${seed}\nE\n${uscc}`));
  const stratumOf = new Map();
  const byStratum = new Map();
  frame.forEach(([uscc, stratum], i) => {
    stratumOf.set(uscc, stratum);
    if (!byStratum.has(stratum)) byStratum.set(stratum, []);
    byStratum.get(stratum).push({ uscc, stratum, ticket: tickets[i] });
  });
  const known = new Set(strata.map((s) => s.stratum));
  const withoutRatio = [...byStratum.keys()].filter((s) => !known.has(s)).sort();
  check('strataCoverage', withoutRatio.length === 0, `frame=${[...byStratum.keys()].sort().join(',')} missing=${withoutRatio.join(',')}`);

  const expectedOrder = [];
  for (const s of strata) {
    const members = (byStratum.get(s.stratum) ?? []).sort(byTicket);
    const size = members.length;
    // n_s = min(N_s, max(m_s, ceil(N_s * r_s / 10000))), the ceiling in integer (BigInt) arithmetic.
    const byRatio = Number((BigInt(size) * BigInt(s.ratioBp) + 9999n) / 10000n);
    const sample = Math.min(size, Math.max(s.min, byRatio));
    const published = selected.filter((e) => e.stratum === s.stratum).length;
    check('stratum', s.size === size && s.sample === sample && (failedDraw(record) || published === sample),
      `size=${size} sample=${sample} recordSize=${s.size} recordSample=${s.sample} selected=${published}`, s.stratum);
    for (const member of members.slice(0, sample)) expectedOrder.push(member);
  }
  if (failedDraw(record)) return { seed, order: expectedOrder.sort(byTicket) };
  const ticketOf = new Map(frame.map(([uscc], i) => [uscc, tickets[i]]));
  const badTickets = selected.filter((e) => ticketOf.get(e.uscc) !== e.ticket || stratumOf.get(e.uscc) !== e.stratum);
  check('tickets', badTickets.length === 0, badTickets.length === 0 ? `checked=${selected.length}`
    : `uscc=${badTickets[0].uscc} expected=${ticketOf.get(badTickets[0].uscc) ?? 'not-in-frame'} actual=${badTickets[0].ticket} mismatches=${badTickets.length}`);
  for (const s of strata) {
    const expected = new Set(expectedOrder.filter((e) => e.stratum === s.stratum).map((e) => e.uscc));
    const actual = new Set(selected.filter((e) => e.stratum === s.stratum).map((e) => e.uscc));
    const missing = [...expected].filter((u) => !actual.has(u)).sort();
    const extra = [...actual].filter((u) => !expected.has(u)).sort();
    check('selection', missing.length === 0 && extra.length === 0 && expected.size === actual.size,
      `selected=${expected.size} missing=${missing.slice(0, 5).join(',')} extra=${extra.slice(0, 5).join(',')}`, s.stratum);
  }
  const expectedUsccs = expectedOrder.sort(byTicket).map((e) => e.uscc);
  const actualUsccs = selected.map((e) => e.uscc);
  const firstDifference = expectedUsccs.findIndex((u, i) => u !== actualUsccs[i]);
  check('selectionOrder', expectedUsccs.length === actualUsccs.length && firstDifference < 0,
    firstDifference < 0 && expectedUsccs.length === actualUsccs.length ? `entities=${actualUsccs.length}`
      : `position=${firstDifference < 0 ? expectedUsccs.length : firstDifference} expected=${expectedUsccs[firstDifference] ?? ''} actual=${actualUsccs[firstDifference] ?? ''}`);
  return { seed, order: expectedOrder };
}

// Fairdraw extension: orgs.csv (USCC,ORG_CODE, same canonical rules and USCC order as the frame)
// was announced as orgsHash, so the org codes deciding the cross-office rule predate the beacon.
async function verifyOrgs(record, frameText, orgsText, check) {
  const orgsBytes = bytesOf(orgsText);
  const { lines: orgs, problem } = readLines(orgsBytes);
  check('orgsCanonical', !problem, problem ?? `lines=${orgs.length}`);
  const orgsHash = await sha256(orgsBytes);
  check('orgsHash', orgsHash === require(record, 'orgsHash', 'string'), `expected=${record.orgsHash} actual=${orgsHash}`);
  const { lines: frame } = readLines(bytesOf(frameText));
  let position = 0;
  while (position < Math.min(frame.length, orgs.length) && frame[position][0] === orgs[position][0]) position++;
  const orgOf = new Map(orgs.slice(0, position));
  const bad = (failedDraw(record) ? [] : record.selected).filter((e) => orgOf.get(e.uscc) !== e.orgCode);
  check('orgCodes', position === frame.length && position === orgs.length && bad.length === 0,
    bad.length === 0 ? `entities=${position} frame=${frame.length} orgs=${orgs.length}`
      : `uscc=${bad[0].uscc} expected=${orgOf.get(bad[0].uscc) ?? ''} actual=${bad[0].orgCode} mismatches=${bad.length}`);
}

// Section 2b and section 3: re-draw every team and every substitute from the roster and conflicts.
async function verifyTeams(record, seed, rosterText, conflictsText, check, entities) {
  const rosterBytes = bytesOf(rosterText);
  const conflictsBytes = bytesOf(conflictsText);
  const { lines: roster, problem: rosterProblem } = readLines(rosterBytes);
  check('rosterCanonical', !rosterProblem, rosterProblem ?? `lines=${roster.length}`);
  const rosterHash = await sha256(rosterBytes);
  check('rosterHash', rosterHash === record.rosterHash, `expected=${record.rosterHash} actual=${rosterHash}`);
  check('rosterSize', roster.length === require(record, 'rosterSize', 'integer'), `expected=${record.rosterSize} actual=${roster.length}`);
  const { lines: conflictLines, problem: conflictsProblem } = readLines(conflictsBytes);
  check('conflictsCanonical', !conflictsProblem, conflictsProblem ?? `lines=${conflictLines.length}`);
  const conflictsHash = await sha256(conflictsBytes);
  check('conflictsHash', conflictsHash === record.conflictsHash, `expected=${record.conflictsHash} actual=${conflictsHash}`);
  const conflicts = new Set(conflictLines.map(([id, uscc]) => `${id},${uscc}`));
  const crossOrg = record.crossOrg;
  const team = record.team;

  // cap = ceil(slots / roster_size) + K, slots = T * number of selected entities.
  const slots = team * entities.length;
  const cap = roster.length === 0 ? 0 : Math.ceil(slots / roster.length) + record.capSlack;
  const load = new Map();
  const teams = new Map();
  const orgOf = new Map();
  let bad = 0;
  let firstBad = null;
  let exhausted = null;
  for (const entity of entities) {
    const org = require(entity, 'orgCode', 'string');
    const actual = require(entity, 'inspectors', 'array').map(String);
    orgOf.set(entity.uscc, org);
    const expected = [];
    for (const inspector of await ranked(seed, entity.uscc, roster)) {
      if (expected.length === team) break;
      if (!conflicts.has(`${inspector.id},${entity.uscc}`) && (load.get(inspector.id) ?? 0) < cap
        && !(crossOrg && inspector.org === org)) {
        expected.push(inspector.id);
      }
    }
    if (expected.length < team) {
      exhausted ??= `uscc=${entity.uscc} rule=${ruleThatRanOut(roster, conflicts, load, cap, entity.uscc, team)}`;
    }
    if (expected.length < team || expected.join(',') !== actual.join(',')) {
      bad++;
      firstBad ??= `uscc=${entity.uscc} expected=${expected.join(',')} actual=${actual.join(',')}${expected.length < team ? ' exhausted=true' : ''}`;
    }
    expected.forEach((id) => load.set(id, (load.get(id) ?? 0) + 1));
    teams.set(entity.uscc, actual);
  }
  if (failedDraw(record)) {
    const failure = require(record, 'failure', 'object');
    const claimed = `uscc=${require(failure, 'uscc', 'string')} rule=${require(failure, 'rule', 'string')}`;
    check('failure', claimed === exhausted, `published=${claimed} recomputed=${exhausted ?? 'none: every team can be staffed'}`);
    return;
  }
  check('teams', bad === 0, bad === 0 ? `teams=${record.selected.length} team=${team} cap=${cap}` : `${firstBad} mismatches=${bad}`);

  // Section 3: the next eligible in rank order, skipping the team and anyone substituted out of
  // it before; cap ignored, conflicts and cross-office still apply.
  const left = new Map();
  const substitutions = 'substitutions' in record ? require(record, 'substitutions', 'array') : [];
  for (const [index, substitution] of substitutions.entries()) {
    const uscc = require(substitution, 'uscc', 'string');
    const out = require(substitution, 'out', 'string');
    const incoming = require(substitution, 'in', 'string');
    const current = teams.get(uscc);
    if (!current || !current.includes(out)) {
      check('substitution', false, `index=${index} uscc=${uscc} out=${out} not-in-team=true`, uscc);
      continue;
    }
    if (!left.has(uscc)) left.set(uscc, new Set());
    left.get(uscc).add(out);
    const next = (await ranked(seed, uscc, roster)).find((inspector) => !current.includes(inspector.id)
      && !left.get(uscc).has(inspector.id) && !conflicts.has(`${inspector.id},${uscc}`)
      && !(crossOrg && inspector.org === orgOf.get(uscc)));
    check('substitution', next?.id === incoming, `index=${index} out=${out} expected=${next?.id ?? ''} actual=${incoming}`, uscc);
    current[current.indexOf(out)] = incoming;
  }
}
