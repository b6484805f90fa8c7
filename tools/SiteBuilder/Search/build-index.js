// Builds the course website's search index at site-build time, with the same MiniSearch the site ships.
// Input (stdin): a JSON array of sections {id, page, anchor, chapter, heading, prose, code, excerpt}.
// Output (stdout): {"options": …, "index": …}; the page's search loads it with MiniSearch.loadJS(index, options).
'use strict';
const MiniSearch = require('./minisearch.js');

// The fields searched and the fields a result shows; the page must load the index with the same options.
const options = {
  fields: ['chapter', 'heading', 'prose', 'code'],
  storeFields: ['page', 'anchor', 'chapter', 'heading', 'excerpt'],
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const sections = JSON.parse(input);
  const search = new MiniSearch(options);
  search.addAll(sections);
  process.stdout.write(JSON.stringify({ options, index: search.toJSON() }));
});
