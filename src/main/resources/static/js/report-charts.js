// Statistics charts (ECharts). CSP forbids inline scripts, so the data comes from the JSON
// endpoint named in #report-charts[data-src]; each [data-chart] container draws one key of it.
// Issue 21 item 4: every category label is shown whole (never skipped by ECharts' auto interval,
// never cut at the grid's edge) and the value axis names its unit (data-axis, from the bundle).
(function () {
  var root = document.getElementById('report-charts');
  if (!root || !window.echarts) {
    return;
  }
  var ROW = 28; // px per category in a horizontal chart: room for two lines of 12 px labels

  // Many categories, or a narrow box, read better as horizontal bars: the labels then stack
  // down the left and each gets a whole line instead of a slanted sliver.
  function horizontal(spec, width) {
    return !!spec.horizontal || spec.labels.length > 8 || width < 560;
  }

  // ECharts 5.3 mis-measures wrapped labels under grid.containLabel (they were drawn past the
  // canvas' left edge), so the room for labels is measured here and reserved in the grid.
  var ruler = document.createElement('canvas').getContext('2d');
  function widest(labels) {
    ruler.font = '12px sans-serif'; // ECharts' default axis label font
    return labels.reduce(function (w, l) { return Math.max(w, ruler.measureText(String(l)).width); }, 0);
  }

  function option(spec, el) {
    var width = el.clientWidth || 600;
    var across = horizontal(spec, width);
    var named = !!el.getAttribute('data-axis');
    var longest = Math.ceil(widest(spec.labels));
    var category = { type: 'category', data: spec.labels, inverse: across };
    var value = {
      type: 'value', name: el.getAttribute('data-axis') || '', nameLocation: 'middle',
      axisLabel: { formatter: spec.percent ? '{value}%' : '{value}' }
    };
    var grid;
    if (across) {
      // labels down the left, each wrapped within at most ~38 % of the chart, all of them shown
      var room = Math.min(longest, Math.max(80, Math.min(240, Math.round(width * 0.38))));
      category.axisLabel = { interval: 0, width: room, overflow: 'breakAll', lineHeight: 14 };
      value.nameGap = 26;
      grid = { left: room + 14, right: 28, top: 40, bottom: named ? 44 : 24, containLabel: false };
    } else {
      // few categories on a wide chart: each label wraps within its own band, none is skipped
      var band = Math.floor((width - 72) / Math.max(1, spec.labels.length)) - 6;
      var lines = Math.max(1, Math.ceil(longest / Math.max(24, band)));
      category.axisLabel = { interval: 0, width: Math.max(24, band), overflow: 'breakAll', lineHeight: 14 };
      value.nameGap = 44;
      grid = { left: 64, right: 16, top: 40, bottom: 16 + lines * 14, containLabel: false };
    }
    if (spec.percent) { value.max = 100; }
    if (!spec.percent) { value.minInterval = 1; } // counts of visits and entities are whole numbers
    return {
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0, type: 'scroll' },
      grid: grid,
      xAxis: across ? value : category,
      yAxis: across ? category : value,
      series: spec.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    };
  }

  function height(spec, el) {
    if (!horizontal(spec, el.clientWidth || 600)) { return 300; }
    return Math.max(300, 80 + spec.labels.length * ROW * Math.max(1, spec.series.length * 0.6));
  }

  var charts = [];
  fetch(root.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      root.querySelectorAll('[data-chart]').forEach(function (el) {
        var spec = data[el.getAttribute('data-chart')];
        if (!spec) { return; }
        el.style.height = height(spec, el) + 'px'; // CSSOM, not a style attribute: CSP allows it
        var chart = window.echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption(option(spec, el));
        el.setAttribute('data-rendered', 'true');
        charts.push({ chart: chart, spec: spec, el: el });
      });
      root.setAttribute('data-ready', 'true');
    });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) {
      c.el.style.height = height(c.spec, c.el) + 'px';
      c.chart.setOption(option(c.spec, c.el), true);
      c.chart.resize();
    });
  });
})();
