// 检查表 in the record form (issue 19 item 3): a point's finding and evidence fields are shown only
// when it is answered 不符合; with an entity-level outcome (no inspection could be done) the points
// are not asked. The server enforces both; this only keeps the phone screen short.
(function () {
  var form = document.getElementById('record-form');
  if (!form) { return; }
  function sync(point) {
    var answer = point.querySelector('.fd-point-answer');
    var problem = point.querySelector('.fd-point-problem');
    if (answer && problem) { problem.hidden = answer.value !== 'NONCOMPLIANT'; }
  }
  form.querySelectorAll('.fd-point').forEach(function (p) {
    sync(p);
    var answer = p.querySelector('.fd-point-answer');
    if (answer) { answer.addEventListener('change', function () { sync(p); }); }
  });
  var entity = document.getElementById('entityCategory');
  function syncEntity() {
    var on = entity && entity.value !== '';
    form.querySelectorAll('.fd-points').forEach(function (p) { p.hidden = on; });
  }
  if (entity) { entity.addEventListener('change', syncEntity); syncEntity(); }
})();
