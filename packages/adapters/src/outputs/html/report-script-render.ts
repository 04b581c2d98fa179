/**
 * First half of the HTML report's script: read the embedded view (see
 * `HtmlView`) and build the header, the rows and the findings list. Every
 * string from the report reaches the page through `textContent` or a text
 * node; the script never parses markup (`innerHTML` and friends appear
 * nowhere), so scraped text can only ever be shown, never run.
 *
 * Plain ES2017 in a string, without template literals, so it can sit in a
 * `String.raw` template; `reportScriptInteract` continues it in one scope.
 */
export const reportScriptRender = String.raw`
var data = JSON.parse(document.getElementById('driftlens-view').textContent);
var findings = data.findings;
var anchorOf = {};
var marks = [];
var badges = [];
var rowElements = [];
var rowFindingIds = [];
var listItems = [];
var anchorRow = {};

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function add(parent) {
  for (var i = 1; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}
function percent(value) { return Math.round(value * 100) + '%'; }
function fixed(value, digits) { return Number(value).toFixed(digits === undefined ? 2 : digits); }
function words(kind) { return String(kind).replace(/-/g, ' '); }
function clip(text, length) { text = String(text); return text.length > length ? text.slice(0, length - 1) + '…' : text; }
function repairLine(suggestion) {
  var line = el('p', 'evidence');
  return suggestion === '' ? add(line, 'Repair: delete it') : add(line, 'Repair: replace with ', el('code', '', suggestion));
}
function categoryName(category) { return category === 'signal' ? 'Signal' : category === 'artifact' ? 'Artifact' : 'Re-used passage'; }
function findingName(finding) { return finding.category === 'passage' ? 'Re-used passage' : words(finding.kind); }

var relationColour = {identical: '#1a7f37', 'light-edit': '#1a7f37', paraphrase: '#0f766e', retranslation: '#9a5200', 'partial-reuse': '#b54708', independent: '#505a66', unrelated: '#505a66'};
var relationMeaning = {
  identical: 'The variant says the same thing in the same words.',
  'light-edit': 'The variant is the source with light edits.',
  paraphrase: 'The variant rewords the whole source.',
  retranslation: 'The variant reads like the source after a machine translation round trip.',
  'partial-reuse': 'The variant re-uses part of the source among text of its own.',
  independent: 'The variant is about the same subject, written independently.',
  unrelated: 'The variant is about something else.'
};

function renderHeader(root) {
  var s = data.summary;
  var wrap = add(el('div', 'wrap'), el('p', 'brand', 'driftlens report'), el('h1', '', data.title));
  add(wrap, add(el('p', 'inputs'),
    'Source ', el('b', '', data.labels.source), ' (' + s.sentences.source + ' sentences, ' + s.languages.source + ')',
    '  →  Variant ', el('b', '', data.labels.variant), ' (' + s.sentences.variant + ' sentences, ' + s.languages.variant + ')'));
  var verdict = el('section', 'verdict');
  verdict.setAttribute('aria-label', 'Verdict');
  verdict.style.setProperty('--relation', relationColour[s.relation] || '#505a66');
  add(verdict, el('span', 'relation', words(s.relation)),
    add(el('div'), add(el('p'), el('strong', '', relationMeaning[s.relation] || '')), el('p', 'reason', s.reason)));
  add(wrap, verdict);

  var stats = el('dl', 'stats');
  function stat(label, value, note, meter) {
    var dd = add(el('dd'), el('span', 'value', value));
    [].concat(meter === undefined ? [] : meter).forEach(function (level) {
      var bar = el('span');
      bar.style.width = Math.max(0, Math.min(1, level)) * 100 + '%';
      add(dd, add(el('span', 'meter'), bar));
    });
    if (note) add(dd, el('span', 'note', note));
    add(stats, add(el('div', 'stat'), el('dt', '', label), dd));
  }
  stat('Coverage', percent(s.coverage.source) + ' · ' + percent(s.coverage.variant), 'of source · variant sentences linked', [s.coverage.source, s.coverage.variant]);
  stat('Drift', fixed(s.drift), '0 same meaning, 1 all changed', s.drift);
  stat('Similarity', fixed(s.similarity), '0 unrelated, 1 same words', s.similarity);
  if (s.metrics) {
    var a = s.metrics.aligned, w = s.metrics.whole;
    stat('chrF · chrF++', fixed(a.chrf, 1) + ' · ' + fixed(a.chrfpp, 1), 'linked sentences; whole text ' + fixed(w.chrf, 1) + ' · ' + fixed(w.chrfpp, 1));
    // TER is absent from a report made with metrics: {ter: false}.
    if (a.ter === undefined) stat('BLEU', fixed(a.bleu, 1), 'linked sentences; whole text ' + fixed(w.bleu, 1));
    else stat('BLEU · TER', fixed(a.bleu, 1) + ' · ' + fixed(a.ter, 1), 'linked sentences; whole text ' + fixed(w.bleu, 1) + ' · ' + fixed(w.ter, 1));
  }
  var artifactTotal = 0;
  Object.keys(s.artifacts).forEach(function (k) { artifactTotal += s.artifacts[k]; });
  stat('Artifacts', String(artifactTotal), fixed(s.artifactDensity, 1) + ' per 1,000 variant words');
  add(wrap, stats);

  var tally = el('ul', 'tally');
  function line(label, counts) {
    var item = add(el('li'), label + ': ');
    var keys = Object.keys(counts).filter(function (k) { return counts[k] > 0; });
    if (keys.length === 0) add(item, el('b', '', 'none'));
    keys.forEach(function (k, i) { add(item, i ? ', ' : '', words(k) + ' ', el('b', '', counts[k])); });
    add(tally, item);
  }
  line('Alignment', s.counts);
  line('Signals', s.signals);
  line('Artifacts', s.artifacts);
  if (s.passages > 0) line('Re-used passages', {passages: s.passages});
  add(wrap, tally);
  if (s.truncated) add(wrap, el('p', 'warning-note', 'The aligner hit its work budget: part of the search was cut short, so the alignment may not be the best one.'));
  add(root, wrap);
}

function renderPiece(piece, into, rowIndex) {
  var node;
  if (piece.op === 'delete') node = el('del');
  else if (piece.op === 'insert') node = el('ins');
  else if (piece.findings) node = el('span');
  else { into.appendChild(document.createTextNode(piece.text)); return; }
  if (piece.findings) {
    node.classList.add('mark');
    node.findingIds = piece.findings;
    marks.push(node);
    piece.findings.forEach(function (id) { rowFindingIds[rowIndex][id] = true; });
  }
  if (piece.anchors) {
    node.anchorIds = piece.anchors;
    node.id = 'finding-' + piece.anchors[0];
    node.setAttribute('aria-describedby', piece.anchors.map(function (id) { return 'finding-message-' + id; }).join(' '));
    piece.anchors.forEach(function (id) {
      anchorOf[id] = node;
      anchorRow[id] = rowIndex;
      var badge = el('span', 'badge ' + findings[id].category + ' ' + findings[id].severity, id + 1);
      badge.setAttribute('aria-hidden', 'true');
      badge.findingId = id;
      badges.push(badge);
      node.appendChild(badge);
    });
  }
  if (piece.text === '') add(node, add(el('span', 'point'), el('span', 'sr-only', 'here')));
  else add(node, piece.text);
  if (piece.detached) into.appendChild(add(el('span', 'detached'), node));
  else into.appendChild(node);
}

function renderCell(pieces, side, label, rowIndex, emptyText) {
  var cell = el('div', 'cell ' + side);
  cell.setAttribute('role', 'cell');
  add(cell, el('span', 'side', label));
  if (pieces.length === 0) {
    cell.classList.add('empty');
    add(cell, emptyText);
    return cell;
  }
  var paragraph = add(cell, el('p')).lastChild;
  pieces.forEach(function (piece) {
    if (piece.paragraph || (piece.detached && paragraph.childNodes.length > 0)) paragraph = add(cell, el('p')).lastChild;
    renderPiece(piece, paragraph, rowIndex);
  });
  return cell;
}

function kindLabel(row) {
  if (row.kind === 'merge') return 'merge ' + row.source.length + ':' + row.variant.length;
  if (row.kind === 'split') return 'split ' + row.source.length + ':' + row.variant.length;
  return row.kind;
}

function renderRows(grid) {
  var head = el('div', 'row head');
  head.setAttribute('role', 'row');
  ['Row', 'Source · ' + data.labels.source, 'Variant · ' + data.labels.variant].forEach(function (text) {
    var cell = el('div', '', text);
    cell.setAttribute('role', 'columnheader');
    head.appendChild(cell);
  });
  grid.appendChild(head);
  data.rows.forEach(function (row, index) {
    rowFindingIds.push({});
    var line = el('div', 'row ' + row.kind + (row.moved ? ' moved' : '') + (row.weak ? ' weak' : ''));
    line.id = 'row-' + (index + 1);
    line.setAttribute('role', 'row');
    var gutter = el('div', 'gutter');
    gutter.setAttribute('role', 'rowheader');
    var number = el('a', 'num', 'Row ' + (index + 1));
    number.href = '#row-' + (index + 1);
    add(gutter, number, el('span', 'kind ' + row.kind, kindLabel(row)), ' ');
    if (row.moved) add(gutter, el('span', 'kind moved', 'moved'), ' ');
    if (row.weak) add(gutter, el('span', 'kind weak', 'weak link'), ' ');
    if (row.kind !== 'insertion' && row.kind !== 'omission') {
      add(gutter, el('span', 'figures', 'sim ' + fixed(row.similarity) + ' · drift ' + fixed(row.drift)));
      var drift = el('span');
      drift.style.width = Math.max(0, Math.min(1, row.drift)) * 100 + '%';
      gutter.appendChild(add(el('span', 'meter drift'), drift));
    }
    if (row.movedFrom) {
      var back = el('a', '', (row.movedFrom.position === 'after' ? '↩ source order: after row ' : '↩ source order: before row ') + (row.movedFrom.row + 1));
      back.href = '#row-' + (row.movedFrom.row + 1);
      gutter.appendChild(back);
    }
    line.appendChild(gutter);
    var sourceCell = renderCell(row.sourceCell, 'source', 'Source', index, 'Inserted: not in the source');
    var variantCell = renderCell(row.variantCell, 'variant', 'Variant', index, 'Omitted: not in the variant');
    row.movedAway.forEach(function (link) {
      var note = el('p', 'moved-note', '↪ In the source, the sentences of ');
      var to = el('a', '', 'row ' + (link.row + 1));
      to.href = '#row-' + (link.row + 1);
      add(note, to, link.position === 'after' ? ' come next; the variant moved them.' : ' come first; the variant moved them.');
      sourceCell.appendChild(note);
    });
    add(line, sourceCell, variantCell);
    rowElements.push(line);
    grid.appendChild(line);
  });
}

function renderFindingList(section) {
  var heading = el('h2', '', 'Findings (' + findings.length + ')');
  heading.id = 'findings-heading';
  add(section, add(el('div', 'wrap'), heading));
  var wrap = section.firstChild;
  if (findings.length === 0) { add(wrap, el('p', 'none', 'No signals or artifacts were found.')); return; }
  var list = el('ol');
  findings.forEach(function (finding) {
    var item = el('li');
    var body = el('div');
    var go = el('button', 'go');
    go.type = 'button';
    go.findingId = finding.id;
    add(go, el('span', 'what', findingName(finding)), ' · ', el('span', 'sev ' + finding.severity, finding.severity), ' ',
      el('span', 'where', categoryName(finding.category).toLowerCase() + ', row ' + (finding.row + 1)));
    var message = el('p', 'message', finding.message);
    message.id = 'finding-message-' + finding.id;
    add(body, go, message);
    if (finding.sourceText !== undefined) add(body, el('p', 'evidence', 'Source: “' + clip(finding.sourceText, 240) + '”'));
    if (finding.variantText !== undefined) add(body, el('p', 'evidence', 'Variant: “' + clip(finding.variantText, 240) + '”'));
    if (finding.suggestion !== undefined) add(body, repairLine(finding.suggestion));
    var badge = el('span', 'badge ' + finding.category + ' ' + finding.severity, finding.id + 1);
    badge.setAttribute('aria-hidden', 'true');
    add(item, add(el('div'), badge), body);
    listItems.push(item);
    list.appendChild(item);
  });
  add(wrap, list);
}

document.title = data.title + ' · driftlens';
renderHeader(document.getElementById('report-header'));
var grid = document.getElementById('rows');
renderRows(grid);
renderFindingList(document.getElementById('findings'));
`
