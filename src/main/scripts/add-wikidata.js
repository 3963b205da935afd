#!/usr/bin/env node
// Adds (or refreshes) the last column `wikidata` (a Wikidata QID such as Q142,
// or empty) of countries.tsv and regions.tsv in
// src/main/resources/org/newsgraph/gazetteer/, taking every id from the data of
// the npm package @rapideditor/country-coder@5.6.1 (ISC licence; its feature
// ids are Wikidata items, and Wikidata is CC0). No id is typed by hand.
//
// Usage (do NOT install the package into the project tree):
//   mkdir -p /tmp/wikidata && cd /tmp/wikidata && npm init -y >/dev/null
//   npm install @rapideditor/country-coder@5.6.1
//   node /work/main/src/main/scripts/add-wikidata.js [GAZETTEER_DIR] [BORDERS_JSON]
// GAZETTEER_DIR defaults to the gazetteer folder next to this script's
// project; BORDERS_JSON defaults to the package's src/data/borders.json,
// looked up from the current directory. The files are rewritten in place; the
// script can be run again (it replaces an existing `wikidata` column). Counts
// and every row left empty on purpose go to stderr.
//
// Matching rules:
//  * countries.tsv: by ISO 3166-1 alpha-2 code (`iso2`) against the package's
//    `iso1A2`. The package gives the ISO code of NL and DK to the kingdoms
//    (Kingdom of the Netherlands, Kingdom of Denmark) and has separate features
//    for the countries themselves; where a feature of the same country
//    (`country` = iso2) carries exactly the row's name, that one is used.
//  * regions.tsv: by exact English name (`name` = `nameEn`). A region with one
//    country code only matches a feature whose `country` is that code; a region
//    with no code or several codes only matches a feature without `country`.
//    A name found with another country is reported and left empty.
//  * cities.tsv is not touched: the package has no cities.
'use strict';
const fs = require('fs');
const path = require('path');

const PACKAGE = '@rapideditor/country-coder';
const VERSION = '5.6.1';
const COLUMN = 'wikidata';
const NOTE = `# ${COLUMN}: Wikidata QIDs (CC0) from npm ${PACKAGE}@${VERSION} (ISC), `
  + 'added by src/main/scripts/add-wikidata.js; empty where the package has no match';

function bordersPath() {
  if (process.argv[3]) return process.argv[3];
  const main = require.resolve(PACKAGE, { paths: [process.cwd()] });
  return path.join(path.dirname(main), '..', 'src', 'data', 'borders.json');
}

const dir = process.argv[2]
  || path.join(__dirname, '..', 'resources', 'org', 'newsgraph', 'gazetteer');
const borders = JSON.parse(fs.readFileSync(bordersPath(), 'utf8'));
const version = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(path.dirname(bordersPath()), '..', '..', 'package.json'), 'utf8')).version;
  } catch (e) {
    return null;
  }
})();
if (version && version !== VERSION) {
  process.stderr.write(`warning: ${PACKAGE} is ${version}, the script was written for ${VERSION}\n`);
}

const QID = /^Q[1-9][0-9]*$/;
const features = borders.features.map((f) => f.properties).filter((p) => QID.test(p.wikidata || ''));

/** Reads a gazetteer file: header columns, comment lines and rows (arrays). */
function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (!lines[0].startsWith('#')) throw new Error(`${file}: no # header line`);
  const header = lines[0].slice(1).split('\t');
  const comments = [];
  const rows = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('#')) comments.push(line);
    else if (line.trim() !== '') rows.push(line.split('\t'));
  }
  return { header, comments, rows };
}

/** Writes the file back with the id column set last, keeping everything else. */
function writeTsv(file, { header, comments, rows }, ids) {
  let col = header.indexOf(COLUMN);
  const cols = col < 0 ? [...header, COLUMN] : header;
  if (col < 0) col = header.length;
  const notes = comments.filter((c) => !c.startsWith(`# ${COLUMN}:`));
  const out = ['#' + cols.join('\t'), ...notes, NOTE];
  rows.forEach((r, i) => {
    const row = r.slice(0, cols.length);
    while (row.length < cols.length) row.push('');
    row[col] = ids[i];
    out.push(row.join('\t'));
  });
  fs.writeFileSync(file, out.join('\n') + '\n');
}

function report(msg) {
  process.stderr.write(msg + '\n');
}

// ---- countries.tsv -------------------------------------------------------
{
  const file = path.join(dir, 'countries.tsv');
  const t = readTsv(file);
  const iso = t.header.indexOf('iso2');
  const byIso = new Map();
  for (const p of features) {
    if (p.iso1A2) byIso.set(p.iso1A2, (byIso.get(p.iso1A2) || []).concat([p]));
  }
  let n = 0;
  const ids = t.rows.map((r) => {
    const name = r[0];
    const hits = byIso.get(r[iso]) || [];
    if (hits.length !== 1) {
      report(`countries.tsv: ${name} (${r[iso]}): ${hits.length} features with this code, left empty`);
      return '';
    }
    let p = hits[0];
    if (p.nameEn !== name) {
      const same = features.filter((q) => q.country === r[iso] && q.nameEn === name && !q.iso1A2);
      if (same.length === 1) {
        report(`countries.tsv: ${name} (${r[iso]}): ${same[0].wikidata} "${same[0].nameEn}" used instead of `
          + `the code's ${p.wikidata} "${p.nameEn}"`);
        p = same[0];
      }
    }
    n++;
    return p.wikidata;
  });
  writeTsv(file, t, ids);
  report(`countries.tsv: ${n} of ${t.rows.length} rows have an id`);
}

// ---- regions.tsv ---------------------------------------------------------
{
  const file = path.join(dir, 'regions.tsv');
  const t = readTsv(file);
  const cc = t.header.indexOf('country');
  const byName = new Map();
  for (const p of features) {
    if (p.nameEn) byName.set(p.nameEn, (byName.get(p.nameEn) || []).concat([p]));
  }
  let n = 0;
  const ids = t.rows.map((r) => {
    const name = r[0];
    const codes = (r[cc] || '').split('|').filter((c) => c);
    const hits = byName.get(name) || [];
    if (hits.length === 0) return '';
    const want = codes.length === 1 ? codes[0] : '';
    const ok = hits.filter((p) => (p.country || '') === want);
    if (ok.length !== 1) {
      report(`regions.tsv: ${name} (${codes.join('|') || 'no country'}): package has `
        + hits.map((p) => `${p.wikidata} "${p.nameEn}" (${p.country || 'no country'})`).join(', ')
        + ', left empty');
      return '';
    }
    n++;
    return ok[0].wikidata;
  });
  writeTsv(file, t, ids);
  report(`regions.tsv: ${n} of ${t.rows.length} rows have an id`);
}
