// The course website's only script of its own (loaded in every page's <head>): the colour theme (the system's,
// or the reader's choice, remembered), chart colours that follow it, copy buttons, the search box, and text
// alternatives for charts. Nothing here fetches from another host; the search loads two scripts of the site itself.
(function () {
  'use strict';

  var themeKey = 'course-theme';
  var root = document.documentElement;
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  var unstoredChoice = null; // the reader's choice on a page whose storage is switched off

  function storedTheme() {
    try {
      var theme = window.localStorage.getItem(themeKey);
      return theme === 'dark' || theme === 'light' ? theme : unstoredChoice;
    } catch (e) {
      return unstoredChoice; // storage can be switched off: the choice holds for this page only
    }
  }

  function currentTheme() {
    return storedTheme() || (systemDark && systemDark.matches ? 'dark' : 'light');
  }

  // Set before the body is drawn, so a dark page never flashes white.
  root.setAttribute('data-theme', currentTheme());

  function applyTheme() {
    var theme = currentTheme();
    root.setAttribute('data-theme', theme);
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) {
      var other = theme === 'dark' ? 'Light theme' : 'Dark theme';
      toggle.textContent = other;
      toggle.setAttribute('aria-label', other);
      toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
    }
    document.querySelectorAll('.plotly-chart').forEach(colourChart);
  }

  if (systemDark && systemDark.addEventListener)
    systemDark.addEventListener('change', function () { if (!storedTheme()) applyTheme(); });

  // ---- Charts: Plotly draws its own colours, so they are set again for the theme (relayout), once drawn.
  function cssColour(name) {
    return getComputedStyle(root).getPropertyValue(name).trim();
  }

  function colourChart(chart, attempt) {
    if (!window.Plotly || !chart._fullLayout) {
      if ((attempt || 0) < 100) setTimeout(function () { colourChart(chart, (attempt || 0) + 1); }, 50);
      return;
    }
    var text = cssColour('--chart-text'), grid = cssColour('--chart-grid');
    var update = {
      paper_bgcolor: cssColour('--chart-paper'),
      plot_bgcolor: cssColour('--chart-plot'),
      'font.color': text,
      'title.font.color': text,
      'legend.font.color': text,
    };
    Object.keys(chart._fullLayout).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        update[key + '.gridcolor'] = grid;
        update[key + '.zerolinecolor'] = grid;
        update[key + '.color'] = text;
        update[key + '.title.font.color'] = text;
        update[key + '.tickfont.color'] = text;
      }
    });
    (chart.layout.annotations || []).forEach(function (_, i) { update['annotations[' + i + '].font.color'] = text; });
    chart.removeAttribute('data-settled');
    window.Plotly.relayout(chart, update)
      .then(function () { return fitGrid(chart); })
      .then(function () { return fitLegend(chart); })
      .then(function () { chart.setAttribute('data-settled', ''); });
  }

  // ---- Drawing: each chart's figure is a JSON block beside its box. plotly.js (3.6 MB) is loaded only after the
  // page's text has painted, so a chapter is readable at once and its charts appear a moment later.
  var plotlyLoading = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve();
    if (!plotlyLoading) {
      var meta = document.querySelector('meta[name="course-plotly"]');
      plotlyLoading = meta ? loadScript(meta.getAttribute('content')) : Promise.reject(new Error('this page names no plotly.js'));
    }
    return plotlyLoading;
  }

  // Runs callback once the browser reports the page's first contentful paint (a frame alone is not enough: under load
  // the paint can land after a timer set in the frame before it). Where no paint is reported, after the next frame;
  // and after a second at the latest (a tab in the background paints nothing, and its charts must still be drawn).
  function afterFirstPaint(callback) {
    var started = false;
    var start = function () { if (!started) { started = true; setTimeout(callback, 0); } };
    var painted = function () { return performance.getEntriesByName('first-contentful-paint').length > 0; };
    if (!window.PerformanceObserver || painted()) {
      requestAnimationFrame(function () { setTimeout(start, 0); });
      return;
    }
    var observer = new PerformanceObserver(function () {
      if (painted()) { observer.disconnect(); start(); }
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(start, 1000);
  }

  function drawCharts() {
    var figures = document.querySelectorAll('script.plotly-figure');
    if (figures.length === 0) return;
    loadPlotly().then(function () {
      figures.forEach(function (block) {
        var chart = document.getElementById(block.getAttribute('data-chart'));
        if (!chart || chart._fullLayout) return;
        var figure = JSON.parse(block.textContent);
        chart.courseHeight = figure.layout.height || null;
        fitGridToWidth(chart, figure.layout);
        window.Plotly.newPlot(chart, figure.data, figure.layout, figure.config).then(function () {
          chart.style.minHeight = '';
          return fitTitle(chart);
        }).then(function () {
          colourChart(chart);
        });
      });
    }, function (error) {
      figures.forEach(function (block) {
        var chart = document.getElementById(block.getAttribute('data-chart'));
        if (chart) chart.textContent = 'The chart could not be drawn: ' + error.message;
      });
    });
  }

  // ---- Narrow screens. Below this width a chart's panels stand one under another, a legend goes below the plot,
  // and a title too long for the width is broken into lines; on a wide screen each goes back as the notebook drew it.
  var narrowChart = 560;

  // A grid of panels side by side (Plotly.NET's Chart.Grid: layout.grid with one subplot per axis pair, its subplot
  // titles as annotations on each panel's top edge) becomes as many columns as fit, each panel at least this wide.
  var narrowestPanel = 260, narrowestImage = 80;

  function isImageGrid(layout) {
    return layout.xaxis && layout.xaxis.showticklabels === false;
  }

  function subplotTitles(layout) {
    return (layout.annotations || []).filter(function (a) {
      return a.xref === 'paper' && a.yref === 'paper' && a.yanchor === 'bottom' && a.showarrow === false;
    });
  }

  // Rewrites layout (before drawing, or for a relayout) so the grid fits the chart's width; returns whether it changed.
  function fitGridToWidth(chart, layout) {
    var grid = layout.grid;
    if (!grid || !(grid.columns > 1)) return false;
    if (!chart.courseGrid)
      chart.courseGrid = { rows: grid.rows || 1, columns: grid.columns, height: layout.height || 450, ygap: grid.ygap, xgap: grid.xgap };
    var original = chart.courseGrid;
    var width = chart.clientWidth || chart.parentElement.clientWidth;
    var longestCaption = Math.max.apply(null, subplotTitles(layout).map(function (a) { return String(a.text || '').length; }).concat([0]));
    var panelWidth = isImageGrid(layout) ? Math.max(narrowestImage, longestCaption * 7 + 10) : narrowestPanel;
    var columns = Math.max(1, Math.min(original.columns, Math.floor(width / panelWidth)));
    var panels = original.rows * original.columns;
    var rows = Math.ceil(panels / columns);
    if (grid.columns === columns && grid.rows === rows) return false;
    var perRow = (original.height - (layout.margin && layout.margin.t || 0)) / original.rows;
    grid.columns = columns;
    grid.rows = rows;
    if (columns === original.columns) {
      layout.height = original.height;
      grid.ygap = original.ygap;
    } else {
      // A stacked panel keeps its row height, up to 320 px (a phone's screen is short), and gets room between rows
      // for its x axis's ticks and title and the next panel's title.
      // An image keeps its shape: a row is about as tall as a panel is wide, plus its caption.
      var rowHeight = isImageGrid(layout) ? Math.round(width / columns * 0.95 + 28) : Math.min(Math.max(perRow, 260), 340);
      layout.height = Math.round((layout.margin && layout.margin.t || 40) + rows * rowHeight + 40);
      // About 95 px between rows: the x axis's ticks and title, then the next panel's title.
      grid.ygap = isImageGrid(layout) ? original.ygap : 95 / rowHeight;
    }
    return true;
  }

  // The subplot titles move with their panels (after a draw, when the axes' domains are known).
  function placeSubplotTitles(chart) {
    var full = chart._fullLayout, titles = subplotTitles(chart.layout), update = {};
    (chart.layout.annotations || []).forEach(function (a, i) {
      var k = titles.indexOf(a);
      if (k < 0) return;
      var x = full['xaxis' + (k === 0 ? '' : k + 1)], y = full['yaxis' + (k === 0 ? '' : k + 1)];
      if (!x || !y) return;
      update['annotations[' + i + '].x'] = (x.domain[0] + x.domain[1]) / 2;
      update['annotations[' + i + '].y'] = y.domain[1];
    });
    return Object.keys(update).length ? window.Plotly.relayout(chart, update) : Promise.resolve();
  }

  function fitGrid(chart) {
    if (!chart.layout.grid) return Promise.resolve();
    var layout = { grid: JSON.parse(JSON.stringify(chart.layout.grid)), height: chart.layout.height, margin: chart.layout.margin,
                   xaxis: chart.layout.xaxis, annotations: chart.layout.annotations };
    if (!fitGridToWidth(chart, layout)) return placeSubplotTitles(chart);
    return window.Plotly.relayout(chart, { grid: layout.grid, height: layout.height })
      .then(function () { return placeSubplotTitles(chart); });
  }

  // A title wider than the chart is broken into lines at spaces (the notebook's own breaks stand). plotly.js runs a
  // title's later lines downwards from its first, so the first is lifted by a line for each (the course charts'
  // titles stand on the plot area, anchored at their bottom), and the top margin grows to match.
  var titleLine = 23;

  function lineCount(text) {
    return text.split(/<br\s*\/?>/i).length;
  }

  function fitTitle(chart) {
    var title = chart.querySelector('.gtitle');
    if (!title || !chart.layout.title || !chart.layout.title.text) return Promise.resolve();
    var full = chart._fullLayout;
    if (chart.courseTitle === undefined) {
      chart.courseTitle = chart.layout.title.text;
      chart.courseTitleMargin = full.margin.t;
      chart.courseTitlePad = full.title.pad ? full.title.pad.b : 0;
    }
    var original = chart.courseTitle, flat = original.replace(/<br\s*\/?>/gi, ' ');
    var fontSize = parseFloat(getComputedStyle(title).fontSize) || 17;
    var perLine = Math.max(12, Math.floor((chart.clientWidth - 20) / (fontSize * 0.55)));
    var text = original;
    if (original.split(/<br\s*\/?>/i).some(function (line) { return line.length > perLine; })) {
      var lines = [], line = '';
      flat.split(' ').forEach(function (word) {
        if (line && (line + ' ' + word).length > perLine) { lines.push(line); line = word; } else line = line ? line + ' ' + word : word;
      });
      if (line) lines.push(line);
      text = lines.join('<br>');
    }
    if (text === chart.layout.title.text && chart.courseTitleFitted) return Promise.resolve();
    chart.courseTitleFitted = true;
    var extra = (lineCount(text) - lineCount(original)) * titleLine;
    var update = { 'title.text': text, 'margin.t': chart.courseTitleMargin + extra };
    if (full.title.yanchor === 'bottom') update['title.pad.b'] = chart.courseTitlePad + extra;
    return window.Plotly.relayout(chart, update);
  }

  // On a narrow screen a legend at the side would squeeze the plot to a strip: it goes below the figure instead,
  // and back where the notebook put it when the screen is wide again.
  function fitLegend(chart) {
    if (!window.Plotly || !chart._fullLayout || chart._fullLayout.showlegend === false) return Promise.resolve();
    if (!chart.courseLegend) chart.courseLegend = JSON.parse(JSON.stringify(chart.layout.legend || {}));
    var narrow = chart.clientWidth < narrowChart;
    if (narrow === chart.courseLegendBelow) return Promise.resolve();
    chart.courseLegendBelow = narrow;
    var original = chart.courseLegend;
    return window.Plotly.relayout(chart, narrow
      ? { 'legend.orientation': 'h', 'legend.x': 0, 'legend.xanchor': 'left', 'legend.y': 0, 'legend.yanchor': 'bottom', 'legend.yref': 'container' }
      : { 'legend.orientation': original.orientation || 'v', 'legend.x': orDefault(original.x), 'legend.xanchor': orDefault(original.xanchor),
          'legend.y': orDefault(original.y), 'legend.yanchor': orDefault(original.yanchor), 'legend.yref': orDefault(original.yref) });
  }

  // Plotly resets an attribute to its default when given null.
  function orDefault(value) {
    return value === undefined ? null : value;
  }

  function fitCharts() {
    document.querySelectorAll('.plotly-chart').forEach(function (chart) {
      if (!chart._fullLayout) return;
      chart.removeAttribute('data-settled');
      fitGrid(chart)
        .then(function () { return fitTitle(chart); })
        .then(function () { return fitLegend(chart); })
        .then(function () { chart.setAttribute('data-settled', ''); });
    });
  }

  // A chart is a figure to assistive technology, named by the description the site wrote beside it. (Not an
  // "img": the chart holds plotly's buttons, and an image's content cannot be interactive.)
  function describeChart(chart) {
    var description = document.getElementById(chart.id + '-description');
    if (!description) return;
    var box = chart.parentElement;
    box.setAttribute('role', 'figure');
    box.setAttribute('aria-labelledby', description.id);
    description.setAttribute('aria-hidden', 'true');
  }

  // ---- Copy buttons: the code of the cell, never its outputs.
  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText)
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    return Promise.resolve(copyWithSelection(text));
  }

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand('copy');
    document.body.removeChild(area);
    if (!copied) throw new Error('copy refused');
  }

  function onCopy(event) {
    var button = event.currentTarget;
    var code = button.parentElement.querySelector('pre.source code');
    copyText(code.textContent).then(function () {
      button.textContent = 'Copied';
    }, function () {
      button.textContent = 'Select and copy';
    }).then(function () {
      setTimeout(function () { button.textContent = 'Copy'; }, 2000);
    });
  }

  // ---- Search: MiniSearch and the index built with the site, loaded on first use.
  var search = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function loadSearch() {
    if (!search)
      search = loadScript('assets/minisearch.js')
        .then(function () { return loadScript('assets/search-index.js'); })
        .then(function () {
          var built = window.courseSearchIndex;
          return window.MiniSearch.loadJS(built.index, built.options);
        });
    return search;
  }

  function showResults(input, results) {
    var query = input.value.trim();
    if (!query) {
      results.hidden = true;
      results.textContent = '';
      return;
    }
    loadSearch().then(function (index) {
      if (input.value.trim() !== query) return; // a newer query is on its way
      var hits = index.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { heading: 3, chapter: 2 } }).slice(0, 10);
      results.textContent = '';
      var summary = document.createElement('p');
      summary.className = 'search-summary';
      summary.textContent = hits.length === 0 ? 'No section of the course matches “' + query + '”.'
        : hits.length + (hits.length === 1 ? ' section matches' : ' sections match') + ' “' + query + '”:';
      results.appendChild(summary);
      var list = document.createElement('ol');
      hits.forEach(function (hit) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = hit.page + (hit.anchor ? '#' + hit.anchor : '');
        link.textContent = hit.heading === hit.chapter ? hit.chapter : hit.chapter + ' › ' + hit.heading;
        item.appendChild(link);
        if (hit.excerpt) {
          var excerpt = document.createElement('p');
          excerpt.textContent = hit.excerpt;
          item.appendChild(excerpt);
        }
        list.appendChild(item);
      });
      results.appendChild(list);
      results.hidden = false;
    }, function (error) {
      results.textContent = 'The search could not start: ' + error.message;
      results.hidden = false;
    });
  }

  // ---- Regions that scroll sideways (wide code, tables, charts on a phone) can be scrolled from the keyboard.
  function makeScrollersFocusable() {
    document.querySelectorAll('pre, .output.html, .output.image, .chart, .markdown-cell table').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.theme-toggle');
    if (toggle)
      toggle.addEventListener('click', function () {
        var next = currentTheme() === 'dark' ? 'light' : 'dark';
        unstoredChoice = next;
        try { window.localStorage.setItem(themeKey, next); } catch (e) { /* remembered for this page only */ }
        applyTheme();
      });
    document.querySelectorAll('.copy-code').forEach(function (button) { button.addEventListener('click', onCopy); });
    document.querySelectorAll('.plotly-chart').forEach(describeChart);
    var input = document.getElementById('search-input');
    var results = document.getElementById('search-results');
    if (input && results) {
      input.addEventListener('input', function () { showResults(input, results); });
      input.addEventListener('focus', function () { loadSearch().catch(function () {}); });
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') { input.value = ''; showResults(input, results); }
      });
    }
    applyTheme();
    makeScrollersFocusable();
    // After the first paint: the text shows before plotly.js (3.6 MB) is even requested.
    afterFirstPaint(drawCharts);
  });
  window.addEventListener('load', makeScrollersFocusable);

  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { makeScrollersFocusable(); fitCharts(); }, 150);
  });
})();
