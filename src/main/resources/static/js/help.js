// 操作手册: the print button prints the whole manual as one document (help.css @media print).
document.querySelectorAll('#help-print').forEach(function (b) {
  b.addEventListener('click', function () { window.print(); });
});
