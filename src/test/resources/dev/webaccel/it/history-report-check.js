// HistoryReportIT: what the history report page drew, read from the page itself (runs as a WebDriver script).
// Per chart container: data-rendered, how many canvases, how many non-transparent pixels they hold.
var charts = [];
Array.prototype.forEach.call(document.querySelectorAll('.chart'), function (el) {
  var painted = 0;
  var canvases = el.querySelectorAll('canvas');
  Array.prototype.forEach.call(canvases, function (canvas) {
    if (canvas.width === 0 || canvas.height === 0) return;
    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (var i = 3; i < pixels.length; i += 4) {
      if (pixels[i] !== 0) painted++;
    }
  });
  charts.push({ id: el.id, rendered: el.getAttribute('data-rendered') || '', canvases: canvases.length,
    painted: painted });
});
var box = document.getElementById('report-errors');
return {
  charts: charts,
  errors: (window.__reportErrors || ['report.js did not run: window.__reportErrors is missing']).slice(),
  errorsBox: box ? box.textContent : 'no #report-errors element',
  injected: window.__pwned === 1,
  title: document.title
};
