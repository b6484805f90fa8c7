using System.Text.Json;

namespace Site.Tests;

/// <summary>
/// What a reader can read of each drawn chart on a page, measured in Chromium from plotly's own layout and the
/// boxes of the text it drew: the class names on category ticks, how much of each axis the data covers, and the
/// boxes of the titles, axis titles, subplot titles and legend.
/// </summary>
internal static class ChartReadability
{
    /// <summary>
    /// The measurements of every chart the argument's <c>selector</c> finds, as JSON: <c>[{ id, title, width, problems: [text, …] }]</c>;
    /// the argument's <c>share</c> is the least share of an axis the data must span.
    /// </summary>
    /// <remarks>
    /// A problem is one of: a heatmap's class (a string on its x or y) missing from its axis's tick labels; an axis
    /// whose data spans less than <c>share</c> of its range; two text boxes (title, axis titles, subplot titles,
    /// legend) overlapping; a text box reaching outside the chart; the same name twice in the legend.
    /// </remarks>
    public const string Measure = """
        ({ share, selector }) => [...document.querySelectorAll(selector)].map(gd => {
          const full = gd._fullLayout, problems = [];
          const svg = gd.querySelector('svg.main-svg').getBoundingClientRect();
          const axisName = id => (id[0] === 'x' ? 'xaxis' : 'yaxis') + id.slice(1);
          const tickTexts = id => [...gd.querySelectorAll('g.' + id + 'tick text')].map(t => t.textContent.trim());

          // Every class of a heatmap with named rows or columns is written on its axis.
          gd._fullData.filter(t => t.type === 'heatmap' && t.visible !== false).forEach(t => {
            [['x', t.xaxis], ['y', t.yaxis]].forEach(([dim, id]) => {
              const names = (t[dim] || []).filter(v => typeof v === 'string');
              if (names.length === 0) return;
              const drawn = new Set(tickTexts(id));
              const missing = [...new Set(names)].filter(n => !drawn.has(n));
              if (missing.length) problems.push(`heatmap ${dim} axis ${id} lacks tick labels ${JSON.stringify(missing)} (drawn: ${JSON.stringify([...drawn])})`);
            });
          });

          // The data covers a fair share of each numeric axis it is drawn on.
          const spans = {};
          gd._fullData.filter(t => (t.type === 'scatter' || t.type === 'scattergl') && t.visible === true).forEach(t => {
            [['x', t.xaxis], ['y', t.yaxis]].forEach(([dim, id]) => {
              const values = (t[dim] || []).filter(v => typeof v === 'number' && isFinite(v));
              if (values.length < 2) return;
              const s = spans[id] || (spans[id] = { min: Infinity, max: -Infinity });
              s.min = Math.min(s.min, ...values); s.max = Math.max(s.max, ...values);
            });
          });
          Object.entries(spans).forEach(([id, s]) => {
            const axis = full[axisName(id)];
            if (!axis || axis.type !== 'linear' || !(s.max > s.min)) return;
            const range = Math.abs(axis.range[1] - axis.range[0]);
            const covered = (s.max - s.min) / range;
            if (covered < share) problems.push(`axis ${id}: the data (${s.min.toPrecision(3)} to ${s.max.toPrecision(3)}) covers ${(covered * 100).toFixed(0)}% of its range ${axis.range.map(v => v.toPrecision(3)).join(' to ')}`);
          });

          // Titles, axis titles, subplot titles and the legend: none over another, all inside the chart.
          const boxes = [];
          const add = (what, el) => {
            if (!el || !el.textContent.trim()) return;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.height > 0) boxes.push({ what, r });
          };
          add('title "' + (gd.querySelector('.gtitle') || {}).textContent + '"', gd.querySelector('.gtitle'));
          gd.querySelectorAll('.infolayer g[class$="title"] text').forEach(t => { if (!t.classList.contains('gtitle')) add('axis title "' + t.textContent + '"', t); });
          gd.querySelectorAll('.annotation-text').forEach(t => add('annotation "' + t.textContent + '"', t));
          const legend = gd.querySelector('g.legend');
          if (legend) add('legend', legend);
          for (let i = 0; i < boxes.length; i++) {
            const a = boxes[i].r;
            if (a.left < svg.left - 1 || a.right > svg.right + 1 || a.top < svg.top - 1 || a.bottom > svg.bottom + 1)
              problems.push(`${boxes[i].what} reaches outside the chart`);
            for (let j = i + 1; j < boxes.length; j++) {
              const b = boxes[j].r;
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 1) problems.push(`${boxes[i].what} overlaps ${boxes[j].what} (${w.toFixed(0)} × ${h.toFixed(0)} px)`);
            }
          }

          // One legend: no name twice.
          const names = [...gd.querySelectorAll('g.legend .legendtext')].map(t => t.textContent);
          const repeated = names.filter((n, i) => names.indexOf(n) !== i);
          if (repeated.length) problems.push(`the legend repeats ${JSON.stringify(repeated)} (entries: ${JSON.stringify(names)})`);

          return { id: gd.id, title: (gd.querySelector('.gtitle') || {}).textContent || '', width: Math.round(svg.width), problems };
        })
        """;

    /// <summary>The argument of <see cref="Measure"/> for a page's charts.</summary>
    public static object Of(string selector, double share) => new { share, selector };

    /// <summary>Every chart the site drew, once site.js has fitted it to the screen.</summary>
    public const string SiteCharts = ".plotly-chart";

    /// <summary>The least share of an axis's range the data must span: below it the data is a line or a corner.</summary>
    public const double FairShare = 0.5;

    /// <summary>Each chart's problems, described for a failing test (empty when every chart is readable).</summary>
    public static IReadOnlyList<string> Problems(JsonElement measured) =>
        measured.EnumerateArray()
            .SelectMany(chart => chart.GetProperty("problems").EnumerateArray().Select(p =>
                $"chart {chart.GetProperty("id").GetString()} \"{chart.GetProperty("title").GetString()}\" ({chart.GetProperty("width").GetInt32()} px): {p.GetString()}"))
            .ToList();
}
