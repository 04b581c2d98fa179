/**
 * Second half of the HTML report's script (it runs in the scope of
 * `reportScriptRender`): the filters by kind and severity, `j`/`k` and the
 * buttons to step through findings, the message shown on hover and on focus,
 * and the minimap of where the findings are. Text again only goes in through
 * `textContent`.
 */
export const reportScriptInteract = String.raw`
var toolbar = document.getElementById('toolbar');
var tip = document.getElementById('tip');
var positionText, filterState, minimap, viewportBox, ticks = [];
var shown = {};
var severityShown = {error: true, warning: true, info: true};
var onlyFindingRows = false;
var showUnaligned = true;
var rowHidden = [];
var current = -1;

function filterKey(finding) { return finding.category + ':' + finding.kind; }
function isShown(id) {
  var f = findings[id];
  return shown[filterKey(f)] !== false && severityShown[f.severity] !== false && !rowHidden[anchorRow[id] === undefined ? f.row : anchorRow[id]];
}
function visibleFindings() { return findings.filter(function (f) { return isShown(f.id); }); }

function chip(label, count, checked, onChange, className) {
  var input = el('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', function () { onChange(input.checked); });
  return add(el('label', 'chip' + (className ? ' ' + className : '')), input, el('span', '', label), count === undefined ? null : el('span', 'count', count));
}

function renderToolbar() {
  var wrap = el('div', 'wrap');
  var details = el('details', 'filters');
  filterState = el('span', 'state');
  add(details, add(el('summary'), 'Filters', filterState));
  var groups = el('div', 'filter-groups');
  var counts = {};
  findings.forEach(function (f) { counts[filterKey(f)] = (counts[filterKey(f)] || 0) + 1; });
  [['signal', 'Signals'], ['artifact', 'Artifacts'], ['passage', 'Passages']].forEach(function (category) {
    var keys = Object.keys(counts).filter(function (k) { return k.indexOf(category[0] + ':') === 0; }).sort();
    if (keys.length === 0) return;
    var set = add(el('fieldset'), el('legend', '', category[1]));
    keys.forEach(function (key) {
      var name = category[0] === 'passage' ? 're-used' : words(key.slice(category[0].length + 1));
      set.appendChild(chip(name, counts[key], true, function (on) { shown[key] = on; applyFilters(); }, 'filter'));
    });
    groups.appendChild(set);
  });
  var severities = add(el('fieldset'), el('legend', '', 'Severity'));
  ['error', 'warning', 'info'].forEach(function (severity) {
    var n = findings.filter(function (f) { return f.severity === severity; }).length;
    if (n === 0) return;
    severities.appendChild(chip(severity, n, true, function (on) { severityShown[severity] = on; applyFilters(); }, 'filter'));
  });
  groups.appendChild(severities);
  var view = add(el('fieldset'), el('legend', '', 'Show'));
  view.appendChild(chip('word diff', undefined, true, function (on) { grid.classList.toggle('no-diff', !on); layoutMinimap(); }));
  if (data.rows.some(function (row) { return row.kind === 'insertion' || row.kind === 'omission'; })) {
    view.appendChild(chip('unlinked rows', undefined, true, function (on) { showUnaligned = on; applyFilters(); }));
  }
  view.appendChild(chip('only rows with findings', undefined, false, function (on) { onlyFindingRows = on; applyFilters(); }));
  groups.appendChild(view);
  details.appendChild(groups);
  details.addEventListener('toggle', onResize);

  var nav = el('div', 'nav');
  var arrow = function (text) { var node = el('span', '', text); node.setAttribute('aria-hidden', 'true'); return node; };
  var previous = add(el('button', 'previous'), arrow('← '), 'Previous ', el('kbd', '', 'k'));
  var next = add(el('button', 'next'), 'Next ', el('kbd', '', 'j'), arrow(' →'));
  previous.type = next.type = 'button';
  previous.title = 'Previous finding (k)';
  next.title = 'Next finding (j)';
  previous.addEventListener('click', function () { step(-1); });
  next.addEventListener('click', function () { step(1); });
  positionText = el('span', 'position');
  positionText.setAttribute('aria-live', 'polite');
  add(nav, previous, positionText, next);
  add(wrap, details, nav);

  var mapWrap = el('div', 'wrap map');
  minimap = el('div', 'minimap');
  minimap.setAttribute('aria-hidden', 'true');
  minimap.title = 'Where the findings are: click to jump';
  viewportBox = el('div', 'viewport');
  minimap.appendChild(viewportBox);
  minimap.addEventListener('click', onMinimapClick);
  mapWrap.appendChild(minimap);
  add(toolbar, wrap, mapWrap);
}

function applyFilters(initial) {
  rowHidden = data.rows.map(function (row) { return !showUnaligned && (row.kind === 'insertion' || row.kind === 'omission'); });
  marks.forEach(function (node) {
    var ids = node.findingIds.filter(isShown);
    var severity = ids.some(function (id) { return findings[id].severity === 'error' && findings[id].category !== 'passage'; }) ? 'error'
      : ids.some(function (id) { return findings[id].severity === 'warning' && findings[id].category !== 'passage'; }) ? 'warning'
      : ids.some(function (id) { return findings[id].category !== 'passage'; }) ? 'info' : '';
    node.classList.toggle('mark', ids.length > 0);
    ['error', 'warning', 'info'].forEach(function (s) { node.classList.toggle(s, s === severity); });
    node.classList.toggle('passage', ids.some(function (id) { return findings[id].category === 'passage'; }));
    if (node.anchorIds) {
      var live = node.anchorIds.some(isShown);
      if (live) node.tabIndex = 0; else node.removeAttribute('tabindex');
    }
  });
  badges.forEach(function (badge) { badge.classList.toggle('off', !isShown(badge.findingId)); });
  listItems.forEach(function (item, id) { item.hidden = !isShown(id); });
  rowElements.forEach(function (row, index) {
    var has = Object.keys(rowFindingIds[index]).some(function (id) { return isShown(Number(id)); });
    row.classList.toggle('filtered', rowHidden[index] || (onlyFindingRows && !has));
  });
  if (current !== -1 && !isShown(current)) setCurrent(-1);
  updatePosition();
  if (!initial) layoutMinimap();
}

function updatePosition() {
  var visible = visibleFindings();
  var index = visible.findIndex(function (f) { return f.id === current; });
  filterState.textContent = visible.length === findings.length ? 'all ' + findings.length + ' findings shown' : visible.length + ' of ' + findings.length + ' findings shown';
  positionText.textContent = visible.length === 0 ? 'no findings'
    : index === -1 ? visible.length + (visible.length === 1 ? ' finding' : ' findings')
    : (index + 1) + ' of ' + visible.length + ': ' + findingName(findings[current]);
}

function setCurrent(id) {
  if (current !== -1) {
    var old = anchorOf[current];
    if (old) old.classList.remove('current');
    if (listItems[current]) listItems[current].classList.remove('current');
  }
  current = id;
  if (id !== -1) {
    if (anchorOf[id]) anchorOf[id].classList.add('current');
    if (listItems[id]) listItems[id].classList.add('current');
  }
  ticks.forEach(function (tick) { tick.classList.toggle('current', tick.findingId === id); });
  updatePosition();
}

function go(id) {
  var node = anchorOf[id];
  if (!node) return;
  setCurrent(id);
  node.focus({preventScroll: true});
  node.scrollIntoView({block: 'center'});
  showTip(id, node);
}

function step(direction) {
  var visible = visibleFindings();
  if (visible.length === 0) return;
  var index = visible.findIndex(function (f) { return f.id === current; });
  if (index === -1) {
    // Start from what is on screen: the first finding below the toolbar, or the last one above the window's bottom.
    var tops = visible.map(function (f) { return anchorOf[f.id] ? anchorOf[f.id].getBoundingClientRect().top : 0; });
    if (direction > 0) {
      index = tops.findIndex(function (top) { return top >= toolbar.offsetHeight; });
      if (index === -1) index = 0;
    } else {
      index = visible.length - 1;
      while (index > 0 && tops[index] > window.innerHeight) index--;
    }
  } else {
    index = (index + direction + visible.length) % visible.length;
  }
  go(visible[index].id);
}

function showTip(id, node) {
  var f = findings[id];
  tip.textContent = '';
  var badge = el('span', 'badge ' + f.category + ' ' + f.severity, id + 1);
  add(tip, add(el('p'), badge, el('strong', '', findingName(f)), ' · ', el('span', 'sev ' + f.severity, f.severity), ' · ' + categoryName(f.category).toLowerCase()));
  add(tip, el('p', '', f.message));
  if (f.sourceText !== undefined) add(tip, el('p', 'evidence', 'Source: “' + clip(f.sourceText, 160) + '”'));
  if (f.variantText !== undefined) add(tip, el('p', 'evidence', 'Variant: “' + clip(f.variantText, 160) + '”'));
  if (f.suggestion !== undefined) add(tip, repairLine(f.suggestion));
  tip.hidden = false;
  var rect = node.getBoundingClientRect();
  var width = tip.offsetWidth, height = tip.offsetHeight;
  var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  var top = rect.bottom + 6;
  if (top + height > window.innerHeight && rect.top - height - 6 > toolbar.offsetHeight) top = rect.top - height - 6;
  tip.style.left = left + window.scrollX + 'px';
  tip.style.top = top + window.scrollY + 'px';
}
function hideTip() { tip.hidden = true; }

function firstShown(node) {
  var ids = (node.anchorIds || []).filter(isShown);
  if (ids.length === 0) ids = (node.findingIds || []).filter(isShown);
  return ids.length ? ids[0] : -1;
}

// After j or k scrolls the page, the browser sends hover events for whatever mark
// now lies under a pointer that never moved; they must not take the tip from the
// finding the keyboard went to. Hover counts again once the pointer really moves.
var pointer = {x: NaN, y: NaN, keyed: false};
document.addEventListener('mousemove', function (event) {
  if (event.clientX === pointer.x && event.clientY === pointer.y) return;
  pointer.x = event.clientX;
  pointer.y = event.clientY;
  pointer.keyed = false;
});
function restingPointer(event) { return pointer.keyed && event.clientX === pointer.x && event.clientY === pointer.y; }

grid.addEventListener('mouseover', function (event) {
  if (restingPointer(event)) return;
  var node = event.target.closest && event.target.closest('.mark');
  if (!node) return;
  var id = firstShown(node);
  if (id !== -1) showTip(id, node);
});
grid.addEventListener('mouseout', function (event) {
  if (restingPointer(event)) return;
  var node = event.target.closest && event.target.closest('.mark');
  if (node && !node.contains(event.relatedTarget) && document.activeElement !== node) hideTip();
});
grid.addEventListener('focusin', function (event) {
  var node = event.target;
  if (!node.anchorIds) return;
  var id = node.anchorIds.indexOf(current) !== -1 && isShown(current) ? current : firstShown(node);
  if (id === -1) return;
  setCurrent(id);
  showTip(id, node);
});
grid.addEventListener('focusout', function () { hideTip(); });
grid.addEventListener('click', function (event) {
  var node = event.target.closest && event.target.closest('.mark');
  if (node && node.findingIds) {
    var id = firstShown(node);
    if (id !== -1 && anchorOf[id]) { setCurrent(id); anchorOf[id].focus({preventScroll: true}); showTip(id, node); }
  }
  var link = event.target.closest && event.target.closest('a[href^="#row-"]');
  if (link) flash(link.getAttribute('href').slice(1));
});
document.getElementById('findings').addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button.go');
  if (button) go(button.findingId);
});
document.addEventListener('keydown', function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(textarea|select)$/i.test(target.tagName) || (target.tagName === 'INPUT' && target.type === 'text'))) return;
  if (event.key === 'j' || event.key === 'k') { event.preventDefault(); pointer.keyed = true; step(event.key === 'j' ? 1 : -1); }
  else if (event.key === 'Escape') hideTip();
});
function flash(id) {
  var row = document.getElementById(id);
  if (!row) return;
  row.classList.remove('flash');
  void row.offsetWidth;
  row.classList.add('flash');
}

function gridBox() {
  var rect = grid.getBoundingClientRect();
  return {top: rect.top + window.scrollY, height: Math.max(1, rect.height)};
}
function layoutMinimap() {
  if (!minimap) return;
  // Read every position first, then write: interleaving them would lay the page out once per row.
  var box = gridBox();
  var scroll = window.scrollY;
  function fraction(node) { return (node.getBoundingClientRect().top + scroll - box.top) / box.height; }
  var bands = [];
  rowElements.forEach(function (row, index) {
    if (row.classList.contains('filtered')) return;
    var kind = data.rows[index].moved ? 'moved' : data.rows[index].kind;
    if (kind !== 'moved' && kind !== 'insertion' && kind !== 'omission') return;
    bands.push({kind: kind, left: fraction(row), width: row.offsetHeight / box.height});
  });
  var marksAt = visibleFindings().filter(function (f) { return anchorOf[f.id]; }).map(function (f) {
    return {finding: f, left: Math.max(0, Math.min(1, fraction(anchorOf[f.id])))};
  });
  ticks.forEach(function (tick) { tick.remove(); });
  ticks = [];
  Array.prototype.slice.call(minimap.querySelectorAll('.band')).forEach(function (band) { band.remove(); });
  var layer = document.createDocumentFragment();
  bands.forEach(function (item) {
    var band = el('div', 'band ' + item.kind);
    band.style.left = item.left * 100 + '%';
    band.style.width = Math.max(0.4, item.width * 100) + '%';
    layer.appendChild(band);
  });
  minimap.insertBefore(layer, viewportBox);
  marksAt.forEach(function (item) {
    var tick = el('div', 'tick ' + item.finding.severity + (item.finding.id === current ? ' current' : ''));
    tick.findingId = item.finding.id;
    tick.style.left = item.left * 100 + '%';
    ticks.push(tick);
    layer.appendChild(tick);
  });
  minimap.appendChild(layer);
  updateViewport();
}
function updateViewport() {
  if (!viewportBox) return;
  var box = gridBox();
  var top = (window.scrollY + toolbar.offsetHeight - box.top) / box.height;
  var size = (window.innerHeight - toolbar.offsetHeight) / box.height;
  var start = Math.max(0, Math.min(1, top)), end = Math.max(0, Math.min(1, top + size));
  viewportBox.style.left = start * 100 + '%';
  viewportBox.style.width = Math.max(0.5, (end - start) * 100) + '%';
}
function onMinimapClick(event) {
  var rect = minimap.getBoundingClientRect();
  var x = event.clientX - rect.left;
  var nearest = null, distance = 7;
  ticks.forEach(function (tick) {
    var d = Math.abs(tick.getBoundingClientRect().left - rect.left - x);
    if (d <= distance) { distance = d; nearest = tick; }
  });
  if (nearest) { go(nearest.findingId); return; }
  var box = gridBox();
  window.scrollTo(0, box.top + (x / rect.width) * box.height - toolbar.offsetHeight);
}

var pending = false;
function onScroll() {
  if (pending) return;
  pending = true;
  window.requestAnimationFrame(function () { pending = false; updateViewport(); });
}
var toolbarHeight = -1;
function onResize() {
  if (toolbar.offsetHeight !== toolbarHeight) {
    toolbarHeight = toolbar.offsetHeight;
    document.documentElement.style.setProperty('--toolbar-height', toolbarHeight + 'px');
  }
  layoutMinimap();
}

renderToolbar();
applyFilters(true);
onResize();
window.addEventListener('scroll', onScroll, {passive: true});
window.addEventListener('resize', onResize);
window.addEventListener('beforeprint', hideTip);
`
