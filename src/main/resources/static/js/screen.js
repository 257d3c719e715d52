// The hall's screen (issue 21 item 8): reloads its data from screen.json every data-refresh-ms
// (a minute in production) without reloading the page. Text only (textContent): no markup from data.
(function () {
  var body = document.body;
  var every = parseInt(body.getAttribute('data-refresh-ms'), 10) || 60000;
  var source = body.getAttribute('data-source');

  function fill(column, rows) {
    var list = document.getElementById('screen-' + column);
    var items = rows.map(function (r) {
      var li = document.createElement('li');
      li.setAttribute('data-key', r.key);
      ['main', 'meta'].forEach(function (part) {
        var div = document.createElement('div');
        div.className = 'fd-screen-' + part;
        div.textContent = r[part];
        li.appendChild(div);
      });
      return li;
    });
    list.replaceChildren.apply(list, items);
    document.getElementById('screen-' + column + '-empty').hidden = rows.length > 0;
  }

  function load() {
    fetch(source, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (view) {
        fill('upcoming', view.upcoming);
        fill('executed', view.executed);
        fill('results', view.results);
        document.getElementById('screen-updated').textContent = view.updatedAt;
        document.getElementById('screen-results-note').textContent = view.resultsNote;
        body.setAttribute('data-loaded', String(Date.now()));
      })
      .catch(function () { /* keep showing the last data; the next tick tries again */ });
  }

  setInterval(load, every);
})();
