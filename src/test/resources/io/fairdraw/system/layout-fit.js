// Measures the page as laid out (issue 21 item 4) and returns one line per defect:
//  - a table cell whose text is wrapped to one or two characters per line (counted from the
//    line boxes a Range over each text node reports, not guessed from widths);
//  - a date written otherwise than yyyy-MM-dd [HH:mm] (a raw ISO instant, a year as 2,026);
//  - a form control that sticks out of the window sideways, or whose own text (the chosen
//    option, the value or the placeholder) is wider than its box and so is cut off.
// A control inside a sideways-scrolling wrapper may reach past the window: it can be scrolled to.
// This is a function body for WebDriver's executeScript (hence the top-level return).
return (function () {
  const out = [];
  const vw = document.documentElement.clientWidth;
  const shown = el => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none') return false;
    }
    return true;
  };
  const where = el => {
    const holder = el.closest('[id]');
    return (holder ? '#' + holder.id : el.tagName.toLowerCase());
  };
  const snippet = t => t.replace(/\s+/g, ' ').trim().slice(0, 40);

  const fullestLine = node => {
    const perLine = new Map();
    const one = document.createRange();
    const text = node.textContent;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i])) continue;
      one.setStart(node, i);
      one.setEnd(node, i + 1);
      // a character that starts a line may also report an empty box at the end of the line before
      const r = Array.from(one.getClientRects()).filter(b => b.width > 0).pop();
      if (!r) continue;
      const top = Math.round(r.top);
      perLine.set(top, (perLine.get(top) || 0) + 1);
    }
    return Math.max(0, ...perLine.values());
  };

  // Columns are laid out for the whole table, so its first rows show a column too narrow for its text: a
  // page listing thousands of rows (the shared test database) is measured on its first 40 rows of each table.
  for (const cell of document.querySelectorAll('td, th')) {
    const tr = cell.parentElement;
    if (tr && tr.rowIndex > 40) continue;
    if (!shown(cell)) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const chars = Array.from(n.textContent.replace(/\s+/g, '')).length;
      if (chars < 3 || !n.parentElement || !shown(n.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const tops = new Set();
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top));
      }
      const lines = tops.size;
      // a text may begin at the end of a line another element filled: judge by its fullest line
      if (lines >= 3 && chars / lines < 3 && fullestLine(n) <= 3) {
        const row = cell.parentElement;
        out.push('cell ' + where(cell) + ' row ' + (row ? row.rowIndex : '?') + ' col ' + cell.cellIndex
            + ': ' + chars + ' characters on ' + lines + ' lines, ' + Math.round(cell.getBoundingClientRect().width)
            + 'px wide: "' + snippet(n.textContent) + '"');
      }
    }
  }

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const textWidth = (el, text) => {
    const s = getComputedStyle(el);
    ctx.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
    return ctx.measureText(text).width;
  };
  const scrolls = el => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll') return true;
    }
    return false;
  };
  const textual = ['text', 'search', 'email', 'number', 'tel', 'url', 'password', ''];
  for (const c of document.querySelectorAll('input, select, textarea, button')) {
    if (!shown(c) || c.closest('.offcanvas:not(.show)') && getComputedStyle(c.closest('.offcanvas')).position === 'fixed') continue;
    const type = (c.getAttribute('type') || '').toLowerCase();
    if (type === 'hidden') continue;
    const r = c.getBoundingClientRect();
    const name = c.tagName.toLowerCase() + (c.name ? '[name=' + c.name + ']' : '') + (c.id ? '#' + c.id : '')
        + ' in ' + where(c.parentElement || c);
    if ((r.left < -1 || r.right > vw + 1) && !scrolls(c)) {
      out.push('control ' + name + ' reaches ' + Math.round(r.left) + '..' + Math.round(r.right)
          + 'px, the window is ' + vw + 'px wide');
      continue;
    }
    const s = getComputedStyle(c);
    const inner = c.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    let text = null;
    // A box that already spans the whole row cannot grow: a hint longer than a phone is wide may run
    // out of it, and so may a chosen option (the phone's own picker shows every option whole). What
    // the user typed may not.
    const row = c.closest('form, main');
    const fullRow = row && r.width >= 0.9 * row.clientWidth;
    if (c.tagName === 'SELECT') {
      const o = c.options[c.selectedIndex];
      text = fullRow ? null : (o ? o.text : '');
    } else if (c.tagName === 'INPUT' && textual.includes(type)) {
      text = c.value || (fullRow ? null : c.placeholder) || '';
    } else if (c.tagName === 'INPUT' && (type === 'date' || type === 'month' || type === 'datetime-local')) {
      // the browser draws yyyy/mm/dd itself: at least the width of that text must fit
      text = type === 'month' ? '0000年00月' : type === 'date' ? '0000/00/00' : '0000/00/00 00:00';
    } else if (c.tagName === 'BUTTON' || (c.tagName === 'INPUT' && (type === 'submit' || type === 'button'))) {
      if (c.scrollWidth > c.clientWidth + 1) {
        out.push('control ' + name + ' cuts its label off: "' + snippet(c.textContent || c.value) + '"');
      }
      continue;
    }
    const icon = c.tagName === 'INPUT' && !textual.includes(type) ? 20 : 0; // the date picker's button
    if (text && textWidth(c, text) + icon > inner + 1) {
      out.push('control ' + name + ' cuts "' + snippet(text) + '" off: needs ' + Math.ceil(textWidth(c, text))
          + 'px, has ' + Math.floor(inner) + 'px');
    }
  }

  // One date format (yyyy-MM-dd, yyyy-MM-dd HH:mm): no raw ISO instant and no grouped year in what a
  // person reads. Codes shown as codes (.fd-mono, pre, code) are for checking, not reading.
  const body = document.querySelector('main') || document.body;
  const texts = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const p = n.parentElement;
    // The audit table shows each entry's summary as it was recorded and hash-chained (some name a
    // beacon's ISO moment); it is evidence, quoted, not a date this page writes.
    const t = n.textContent;
    const iso = t.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    const grouped = t.match(/\b\d,\d{3}\s*年/);
    if (!iso && !grouped) continue;   // the cheap test first: shown() reads the style of every ancestor
    if (!p || p.closest('pre, code, .fd-mono, script, style, template, #audit-table') || !shown(p)) continue;
    out.push('text in ' + where(p) + ' is not yyyy-MM-dd [HH:mm]: "' + snippet(t) + '"');
  }
  return out;
})();
