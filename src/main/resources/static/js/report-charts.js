// Statistics charts (ECharts). CSP forbids inline scripts, so the data comes from the JSON
// endpoint named in #report-charts[data-src]; each [data-chart] container draws one key of it.
(function () {
  var root = document.getElementById('report-charts');
  if (!root || !window.echarts) {
    return;
  }
  function option(spec) {
    var horizontal = !!spec.horizontal;
    var category = { type: 'category', data: spec.labels, axisLabel: { interval: spec.labels.length > 20 ? 'auto' : 0, rotate: horizontal ? 0 : 30 } };
    var value = { type: 'value', axisLabel: { formatter: spec.percent ? '{value}%' : '{value}' } };
    if (spec.percent) { value.max = 100; }
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: horizontal ? 140 : 40, right: 16, top: 32, bottom: horizontal ? 24 : 60, containLabel: false },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: spec.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    };
  }
  var charts = [];
  fetch(root.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      root.querySelectorAll('[data-chart]').forEach(function (el) {
        var spec = data[el.getAttribute('data-chart')];
        if (!spec) { return; }
        var chart = window.echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption(option(spec));
        el.setAttribute('data-rendered', 'true');
        charts.push(chart);
      });
      root.setAttribute('data-ready', 'true');
    });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
