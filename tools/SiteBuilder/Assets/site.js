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
    window.Plotly.relayout(chart, update).then(function () { fitLegend(chart); });
  }

  // On a narrow screen a legend at the side would squeeze the plot to a strip: it goes below the plot instead,
  // and back where the notebook put it when the screen is wide again.
  var narrowChart = 560;

  function fitLegend(chart) {
    if (!window.Plotly || !chart._fullLayout || chart._fullLayout.showlegend === false) return;
    if (!chart.courseLegend) chart.courseLegend = JSON.parse(JSON.stringify(chart.layout.legend || {}));
    var narrow = chart.clientWidth < narrowChart;
    if (narrow === chart.courseLegendBelow) return;
    chart.courseLegendBelow = narrow;
    var original = chart.courseLegend;
    window.Plotly.relayout(chart, narrow
      ? { 'legend.orientation': 'h', 'legend.x': 0, 'legend.xanchor': 'left', 'legend.y': -0.2, 'legend.yanchor': 'top' }
      : { 'legend.orientation': original.orientation || 'v', 'legend.x': orDefault(original.x), 'legend.xanchor': orDefault(original.xanchor),
          'legend.y': orDefault(original.y), 'legend.yanchor': orDefault(original.yanchor) });
  }

  // Plotly resets an attribute to its default when given null.
  function orDefault(value) {
    return value === undefined ? null : value;
  }

  function fitLegends() {
    document.querySelectorAll('.plotly-chart').forEach(function (chart) {
      if (chart._fullLayout) fitLegend(chart);
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
  });
  window.addEventListener('load', makeScrollersFocusable);
  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { makeScrollersFocusable(); fitLegends(); }, 150);
  });
})();
