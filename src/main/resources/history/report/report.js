/*
 * webaccel history report: one job, reading the JSON of #report-data and drawing its charts.
 *
 * Charts are ECharts (inlined by Java from the org.webjars.npm:echarts webjar of pom.xml): it is served here as a
 * webjar, renders to canvas, has a boxplot series and custom series (the CI and p10-p90 whiskers), and needs no
 * build step. Every chart container gets data-rendered="true" once its option is set; every error (uncaught, or a
 * chart that could not be drawn) is written into #report-errors, so that nothing fails silently.
 *
 * Plain script (ES2017, no modules): the page must work opened from disk.
 */
(function () {
  'use strict';

  var errors = [];
  window.__reportErrors = errors;

  function reportError(message) {
    errors.push(String(message));
    var box = document.getElementById('report-errors');
    if (box) {
      var line = document.createElement('div');
      line.textContent = String(message);
      box.appendChild(line);
    }
  }

  window.addEventListener('error', function (e) {
    reportError('error: ' + e.message + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : ''));
  });
  window.addEventListener('unhandledrejection', function (e) {
    reportError('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });

  var PALETTE = ['#2f5bd3', '#e8590c', '#2b8a3e', '#c2255c', '#6741d9', '#0b7285', '#a6761d', '#495057',
    '#d6336c', '#5c940d'];
  var colors = {};

  function colorOf(label) {
    return colors[label] || PALETTE[0];
  }

  /** One colour per environment label, the same in every chart. */
  function assignColors(charts) {
    var labels = [];
    function add(label) {
      if (labels.indexOf(label) < 0) labels.push(label);
    }
    charts.trends.forEach(function (c) { c.series.forEach(function (s) { add(s.label); }); });
    charts.comparisons.forEach(function (c) { c.bars.forEach(function (b) { add(b.label); }); });
    charts.boxes.forEach(function (c) { c.boxes.forEach(function (b) { add(b.label); }); });
    labels.sort();
    labels.forEach(function (label, i) { colors[label] = PALETTE[i % PALETTE.length]; });
  }

  function fmt(v) {
    if (v === null || v === undefined || isNaN(v)) return '-';
    var a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(2);
    return String(Number(v.toPrecision(4)));
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function line(x1, y1, x2, y2, color) {
    return { type: 'line', shape: { x1: x1, y1: y1, x2: x2, y2: y2 }, style: { stroke: color, lineWidth: 1.5 } };
  }

  /** A whisker between two data values (dimensions 1 and 2), vertical or horizontal, with caps. */
  function whisker(color, vertical) {
    return function (params, api) {
      var a, b;
      if (vertical) {
        a = api.coord([api.value(0), api.value(1)]);
        b = api.coord([api.value(0), api.value(2)]);
        return { type: 'group', children: [line(a[0], a[1], b[0], b[1], color),
          line(a[0] - 5, a[1], a[0] + 5, a[1], color), line(b[0] - 5, b[1], b[0] + 5, b[1], color)] };
      }
      a = api.coord([api.value(1), api.value(0)]);
      b = api.coord([api.value(2), api.value(0)]);
      return { type: 'group', children: [line(a[0], a[1], b[0], b[1], '#1f2933'),
        line(a[0], a[1] - 6, a[0], a[1] + 6, '#1f2933'), line(b[0], b[1] - 6, b[0], b[1] + 6, '#1f2933')] };
    };
  }

  var AXIS_NAME = { color: '#616e7c', fontSize: 11 };

  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** Run start times as stored (UTC): the date, and the time of day when the runs lie within two days. */
  function timeLabel(withTime) {
    return function (t) {
      var d = new Date(t);
      var date = d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate());
      return withTime ? date + '\n' + pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()) : date;
    };
  }

  function trendOption(c, el) {
    var series = [];
    var figures = {};
    var times = [];
    c.series.forEach(function (s) {
      var color = colorOf(s.label);
      var points = s.points.slice().sort(function (p, q) { return p.t - q.t; });
      figures[s.label] = s.figures;
      points.forEach(function (p) { times.push(p.t); });
      series.push({
        name: s.label, type: 'line', color: color, symbol: 'circle', z: 3,
        data: points.map(function (p) {
          return { value: [p.t, p.median], point: p, symbolSize: p.current ? 11 : 6 };
        })
      });
      series.push({
        name: s.label, type: 'custom', z: 2, silent: true, tooltip: { show: false },
        renderItem: whisker(color, true), encode: { x: 0, y: [1, 2] },
        data: points.filter(function (p) { return p.p10 !== null && p.p90 !== null; })
          .map(function (p) { return [p.t, p.p10, p.p90]; })
      });
    });
    var legendHeight = 20 * c.series.length;
    el.style.height = (250 + legendHeight) + 'px';
    var span = Math.max.apply(null, times) - Math.min.apply(null, times);
    return {
      animation: false, useUTC: true,
      legend: { orient: 'vertical', left: 8, bottom: 0, itemHeight: 10, textStyle: { fontSize: 11 },
        formatter: function (name) { return name + '   ' + figures[name]; } },
      tooltip: {
        trigger: 'item',
        formatter: function (params) {
          var p = params.data.point;
          if (!p) return '';
          return esc(params.seriesName) + '<br>run ' + esc(p.runId) + ' (' + esc(p.started) + ')'
            + (p.current ? ' <b>this run</b>' : '') + '<br>median ' + fmt(p.median) + ' ms, p10-p90 '
            + fmt(p.p10) + '-' + fmt(p.p90) + ' ms<br>' + esc(p.figure);
        }
      },
      grid: { left: 12, right: 40, top: 16, bottom: 44 + legendHeight, containLabel: true },
      xAxis: { type: 'time', axisLabel: { formatter: timeLabel(span < 2 * 86400000), hideOverlap: true } },
      yAxis: { type: 'value', scale: true },
      series: series
    };
  }

  function categoryLabel(label, figure, extra) {
    return label + '\n' + (extra ? extra + ' · ' : '') + figure;
  }

  function compareOption(c, el) {
    var categories = c.bars.map(function (b) {
      var ci = b.ciLow !== null && b.ciHigh !== null ? ' [' + fmt(b.ciLow) + ', ' + fmt(b.ciHigh) + ']' : '';
      return categoryLabel(b.label, b.figure, 'median ' + fmt(b.median) + ci + ' ms');
    });
    el.style.height = Math.max(170, 70 + 62 * categories.length) + 'px';
    var whiskers = [];
    c.bars.forEach(function (b, i) {
      if (b.ciLow !== null && b.ciHigh !== null) whiskers.push([i, b.ciLow, b.ciHigh]);
    });
    return {
      animation: false,
      tooltip: { trigger: 'item' },
      grid: { left: 12, right: 28, top: 12, bottom: 34, containLabel: true },
      xAxis: { type: 'value', name: 'median ms per operation', nameLocation: 'middle', nameGap: 24,
        nameTextStyle: AXIS_NAME },
      yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { fontSize: 11, lineHeight: 15 } },
      series: [
        { name: 'median', type: 'bar', barMaxWidth: 26,
          data: c.bars.map(function (b) { return { value: b.median, itemStyle: { color: colorOf(b.label) } }; }) },
        { name: '95% CI of the median', type: 'custom', renderItem: whisker(null, false), z: 3,
          encode: { x: [1, 2], y: 0 }, data: whiskers }
      ]
    };
  }

  function boxOption(c, el) {
    var categories = c.boxes.map(function (b) { return categoryLabel(b.label, b.figure); });
    el.style.height = Math.max(170, 70 + 62 * categories.length) + 'px';
    var points = [];
    c.boxes.forEach(function (b, i) {
      b.values.forEach(function (v) { points.push({ value: [v, i], itemStyle: { color: colorOf(b.label) } }); });
    });
    return {
      animation: false,
      tooltip: { trigger: 'item' },
      grid: { left: 12, right: 28, top: 12, bottom: 34, containLabel: true },
      xAxis: { type: 'value', name: 'ms per operation', nameLocation: 'middle', nameGap: 24, scale: true,
        nameTextStyle: AXIS_NAME },
      yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { fontSize: 11, lineHeight: 15 } },
      series: [
        { name: 'min, Q1, median, Q3, max', type: 'boxplot', boxWidth: [10, 26],
          itemStyle: { color: '#eef2ff', borderColor: '#2f5bd3', borderWidth: 1.5 },
          data: c.boxes.map(function (b) { return b.box; }) },
        { name: 'samples', type: 'scatter', symbolSize: 6, z: 3, itemStyle: { opacity: 0.75 }, data: points }
      ]
    };
  }

  var drawn = [];

  function draw(spec, build) {
    var el = document.getElementById(spec.id);
    if (!el) {
      reportError('chart ' + spec.id + ': no container on the page');
      return;
    }
    try {
      var option = build(spec, el);
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      drawn.push(chart);
      el.setAttribute('data-rendered', 'true');
    } catch (e) {
      reportError('chart ' + spec.id + ': ' + (e && e.message ? e.message : e));
    }
  }

  function drawAll() {
    if (!window.echarts) {
      reportError('ECharts did not load: no chart can be drawn');
      return;
    }
    var data;
    try {
      data = JSON.parse(document.getElementById('report-data').textContent);
    } catch (e) {
      reportError('the report data is not valid JSON: ' + e.message);
      return;
    }
    var charts = data.charts;
    assignColors(charts);
    charts.trends.forEach(function (c) { draw(c, trendOption); });
    charts.comparisons.forEach(function (c) { draw(c, compareOption); });
    charts.boxes.forEach(function (c) { draw(c, boxOption); });
    Array.prototype.forEach.call(document.querySelectorAll('.chart'), function (el) {
      if (el.getAttribute('data-rendered') !== 'true') reportError('chart ' + el.id + ': not drawn');
    });
    window.addEventListener('resize', function () {
      drawn.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
