// Renders the chapters' math at site-build time with KaTeX, so pages show typeset formulas without a script or a
// network: the page needs only KaTeX's stylesheet and fonts, which ship inside the site.
// Input (stdin): a JSON array of {tex, display}. Output (stdout): a JSON array of HTML strings, in the same order.
// A formula KaTeX cannot parse is reported with its TeX and the parser's message, and the build fails.
'use strict';
const katex = require('./katex.min.js');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const formulas = JSON.parse(input);
  const html = formulas.map(({ tex, display }) => {
    try {
      return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' });
    } catch (e) {
      process.stderr.write(`KaTeX cannot render ${JSON.stringify(tex)}: ${e.message}\n`);
      process.exit(1);
    }
  });
  process.stdout.write(JSON.stringify(html));
});
