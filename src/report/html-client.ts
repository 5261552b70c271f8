// The HTML report's stylesheet and its error browser's script, as strings
// inlined into the page (the report is one file that needs no network). The
// script is plain ES2017 and reads its data from <script id="zhnum-data">:
//   units       [{id, text, gold: [[start, end, type, label]]}]
//   extractors  [{name, preds: per unit [[start, end, type, label]],
//                 errors: [[unit, kind, gold, pred, fields]]}]  (−1: none; fields: bits value 1, unit 2, qualifier 4)
// Offsets are code points, so the script works on Array.from(text).

export const CSS = String.raw`
:root { --g: #0b6e4f; --bad: #c0392b; --warn: #b9770e; --ok: #1e8449; --muted: #666; --line: #ddd; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; background: #fafafa; }
header { background: #1f3a5f; color: #fff; padding: 14px 24px; }
header h1 { font-size: 19px; margin: 0 0 2px; }
header .sub { opacity: .85; font-size: 13px; }
nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 6px 24px; z-index: 5; }
nav a { margin-right: 16px; color: #1f3a5f; text-decoration: none; font-weight: 600; }
main { padding: 8px 24px 40px; max-width: 1500px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
h2 { font-size: 17px; margin: 4px 0 10px; }
h3 { font-size: 14px; margin: 12px 0 6px; }
table.grid { border-collapse: collapse; margin: 4px 0 6px; font-variant-numeric: tabular-nums; }
table.grid th, table.grid td { border-bottom: 1px solid #eee; padding: 3px 9px; text-align: right; white-space: nowrap; }
table.grid th { background: #f3f5f8; font-weight: 600; }
table.grid th:first-child, table.grid td:first-child { text-align: left; }
.note { color: var(--muted); font-size: 12px; margin: 2px 0 10px; }
.warning { background: #fff6e0; border: 1px solid #f0c36d; color: #7a5200; padding: 6px 10px; border-radius: 4px; margin: 6px 0; }
.figs { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
.figs img { max-width: 100%; border: 1px solid #eee; }
table.cm td.c { text-align: center; min-width: 38px; }
table.cm td.diag { outline: 1px solid #9ab; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: end; margin-bottom: 8px; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.controls select { font-size: 13px; padding: 3px 4px; min-width: 130px; }
#f-count { font-weight: 600; color: #1f3a5f; }
#errors { border-collapse: collapse; width: 100%; }
#errors td, #errors th { border-bottom: 1px solid #eee; padding: 4px 6px; vertical-align: top; text-align: left; }
#errors tr.row { cursor: pointer; }
#errors tr.row:hover { background: #f4f8ff; }
.snip { font-size: 14px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; color: #fff; white-space: nowrap; }
.k-ok { background: var(--ok); } .k-missed { background: #8e44ad; } .k-spurious { background: var(--bad); }
.k-wrongtype { background: #d35400; } .k-wrongvalue { background: var(--warn); } .k-boundary { background: #2471a3; }
.hl { border-radius: 2px; cursor: help; }
.hl.g { border-bottom: 2px solid var(--g); }
.hl.g.gerr { border-bottom: 2px dashed #8e44ad; }
.hl.p.pok { background: #d5f5e3; }
.hl.p.perr { background: #fadbd8; }
.hl.flash { outline: 2px solid #f1c40f; }
.panes { display: flex; gap: 12px; }
.pane { flex: 1; min-width: 0; }
.pane .text { white-space: pre-wrap; border: 1px solid #eee; padding: 8px 10px; max-height: 520px; overflow: auto; font-size: 15px; line-height: 1.9; background: #fff; }
.legend span { margin-right: 14px; font-size: 12px; }
.muted { color: var(--muted); }
button { font-size: 12px; }
footer { color: var(--muted); font-size: 12px; padding: 0 24px 24px; }
footer code { font-size: 11px; }
`;

export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var node = document.getElementById('zhnum-data');
  if (!node) return;
  var D = JSON.parse(node.textContent);
  var KINDS = ['missed', 'spurious', 'wrongtype', 'wrongvalue', 'boundary'];
  var LABEL = { ok: 'correct', missed: 'missed', spurious: 'spurious', wrongtype: 'wrong type', wrongvalue: 'wrong value', boundary: 'boundary' };
  var FIELDS = ['value', 'unit', 'qualifier'];
  var PAGE = 200;
  var $ = function (id) { return document.getElementById(id); };
  var cache = {};
  function cps(u) { return cache[u] || (cache[u] = Array.from(D.units[u].text)); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function fieldNames(mask) { return FIELDS.filter(function (f, i) { return mask & (1 << i); }); }
  function kindText(k, mask) { return k === 'wrongvalue' ? 'wrong ' + fieldNames(mask).join('+') : LABEL[k]; }
  function mdesc(m) { return m ? m[2] + ' ' + m[3] : ''; }

  // per extractor: status of every gold mention and prediction, per unit ('ok' or an error)
  var statusCache = {};
  function status(x) {
    if (statusCache[x]) return statusCache[x];
    var ex = D.extractors[x];
    var gold = D.units.map(function (u) { return u.gold.map(function () { return null; }); });
    var pred = ex.preds.map(function (ps) { return ps.map(function () { return null; }); });
    ex.errors.forEach(function (e, i) {
      var s = { kind: KINDS[e[1]], fields: e[4], g: e[2], p: e[3], i: i };
      if (e[2] >= 0) gold[e[0]][e[2]] = s;
      if (e[3] >= 0) pred[e[0]][e[3]] = s;
    });
    return (statusCache[x] = { gold: gold, pred: pred });
  }

  // the marks of one extractor over one unit: gold underlined, predictions shaded
  function marks(u, x) {
    var st = status(x), out = [];
    D.units[u].gold.forEach(function (m, i) { var s = st.gold[u][i]; out.push({ s: m[0], e: m[1], g: true, err: !!s, title: 'gold: ' + mdesc(m) + (s ? ' [' + kindText(s.kind, s.fields) + ']' : '') }); });
    D.extractors[x].preds[u].forEach(function (m, i) { var s = st.pred[u][i]; out.push({ s: m[0], e: m[1], g: false, err: !!s, title: D.extractors[x].name + ': ' + mdesc(m) + (s ? ' [' + kindText(s.kind, s.fields) + ']' : '') }); });
    return out;
  }

  // text [from, to) of unit u with the marks overlaid; every highlighted piece carries its code-point range
  function highlight(u, from, to, ms, snippet) {
    var c = cps(u), cuts = [from, to];
    ms.forEach(function (m) { if (m.e > from && m.s < to) { cuts.push(Math.max(m.s, from)); cuts.push(Math.min(m.e, to)); } });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var html = '';
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], text = c.slice(a, b).join('');
      var over = ms.filter(function (m) { return m.s < b && a < m.e; });
      if (!over.length) { html += esc(snippet ? text.replace(/\n/g, '⏎') : text); continue; }
      var g = over.filter(function (m) { return m.g; }), p = over.filter(function (m) { return !m.g; });
      var cls = 'hl' + (g.length ? ' g ' + (g.some(function (m) { return m.err; }) ? 'gerr' : 'gok') : '') + (p.length ? ' p ' + (p.some(function (m) { return m.err; }) ? 'perr' : 'pok') : '');
      html += '<span class="' + cls + '" data-unit="' + u + '" data-start="' + a + '" data-end="' + b + '" title="' + esc(over.map(function (m) { return m.title; }).join('\n')) + '">' + esc(text) + '</span>';
    }
    return html;
  }

  function span(u, e) {
    var g = e.g >= 0 ? D.units[u].gold[e.g] : null, p = e.p >= 0 ? D.extractors[e.x].preds[u][e.p] : null;
    return { s: Math.min(g ? g[0] : Infinity, p ? p[0] : Infinity), e: Math.max(g ? g[1] : -1, p ? p[1] : -1), gm: g, pm: p };
  }
  function snippet(u, s, e, x) {
    var from = Math.max(0, s - 24), to = Math.min(cps(u).length, e + 24);
    return (from > 0 ? '…' : '') + highlight(u, from, to, marks(u, x), true) + (to < cps(u).length ? '…' : '');
  }

  // filters
  var F = { ext: $('f-ext'), cmp: $('f-cmp'), type: $('f-type'), kind: $('f-kind'), doc: $('f-doc') };
  function kindMatches(k, mask, want) {
    if (want === 'all') return true;
    if (want.indexOf('wrongvalue:') === 0) return k === 'wrongvalue' && (mask & (1 << FIELDS.indexOf(want.slice(11)))) !== 0;
    return k === want;
  }
  function typeMatches(gm, pm, want) { return want === 'all' || (gm && gm[2] === want) || (pm && pm[2] === want); }

  // one extractor: its errors
  function singleRows() {
    var x = +F.ext.value, want = F.kind.value, type = F.type.value, doc = F.doc.value, rows = [];
    D.extractors[x].errors.forEach(function (e) {
      if (doc !== 'all' && e[0] !== +doc) return;
      var k = KINDS[e[1]];
      if (!kindMatches(k, e[4], want)) return;
      var sp = span(e[0], { g: e[2], p: e[3], x: x });
      if (!typeMatches(sp.gm, sp.pm, type)) return;
      rows.push({ u: e[0], s: sp.s, html: '<tr class="row" data-unit="' + e[0] + '" data-kind="' + k + '" data-focus="' + sp.s + '">' +
        '<td>' + esc(D.units[e[0]].id) + '</td><td><span class="badge k-' + k + '">' + esc(kindText(k, e[4])) + '</span></td>' +
        '<td class="snip">' + snippet(e[0], sp.s, sp.e, x) + '</td>' +
        '<td>' + (sp.gm ? 'gold: ' + esc(mdesc(sp.gm)) : '') + (sp.gm && sp.pm ? '<br>' : '') + (sp.pm ? 'predicted: ' + esc(mdesc(sp.pm)) : '') + '</td></tr>' });
    });
    return { rows: rows, total: D.extractors[x].errors.length, head: '<tr><th>document</th><th>error</th><th>in context</th><th>gold / predicted</th></tr>' };
  }

  // two extractors: the gold mentions and spurious predictions on which they differ
  function diffRows() {
    var a = +F.ext.value, b = +F.cmp.value, want = F.kind.value, type = F.type.value, doc = F.doc.value, rows = [], sites = 0;
    var A = status(a), B = status(b);
    var key = function (s) { return s ? s.kind + ':' + s.fields : 'ok'; };
    // at a spurious site, the extractor without the prediction made no error there
    var cell = function (s, x, u, site) { return '<span class="badge k-' + (s ? s.kind : 'ok') + '">' + esc(s ? kindText(s.kind, s.fields) : site === 'spurious' ? 'not predicted' : 'correct') + '</span>' + (s && s.p >= 0 ? ' <span class="muted">' + esc(mdesc(D.extractors[x].preds[u][s.p])) + '</span>' : ''); };
    D.units.forEach(function (unit, u) {
      if (doc !== 'all' && u !== +doc) return;
      var add = function (kind, sa, sb, s, e, gm, pm) {
        sites++;
        if (!(kindMatches(sa ? sa.kind : 'ok', sa ? sa.fields : 0, want) || kindMatches(sb ? sb.kind : 'ok', sb ? sb.fields : 0, want))) return;
        // at a gold site, the type either extractor predicted there counts too (A's RATIO for a gold PERCENT)
        var pa = sa && sa.p >= 0 ? D.extractors[a].preds[u][sa.p] : null, pb = sb && sb.p >= 0 ? D.extractors[b].preds[u][sb.p] : null;
        if (!(typeMatches(gm, pm, type) || typeMatches(null, pa, type) || typeMatches(null, pb, type))) return;
        rows.push({ u: u, s: s, html: '<tr class="row" data-unit="' + u + '" data-kind="' + kind + '" data-kind-a="' + (sa ? sa.kind : kind === 'spurious' ? 'none' : 'ok') + '" data-kind-b="' + (sb ? sb.kind : kind === 'spurious' ? 'none' : 'ok') + '" data-focus="' + s + '">' +
          '<td>' + esc(unit.id) + '</td><td>' + (gm ? esc(mdesc(gm)) : '<span class="muted">no gold</span>') + '</td>' +
          '<td>' + cell(sa, a, u, kind) + '<div class="snip">' + snippet(u, s, e, a) + '</div></td>' +
          '<td>' + cell(sb, b, u, kind) + '<div class="snip">' + snippet(u, s, e, b) + '</div></td></tr>' });
      };
      unit.gold.forEach(function (g, i) {
        var sa = A.gold[u][i], sb = B.gold[u][i];
        if (key(sa) !== key(sb)) add('gold', sa, sb, g[0], g[1], g, null);
      });
      var spur = function (S, x) { var o = {}; S.pred[u].forEach(function (s, i) { if (s && s.kind === 'spurious') { var m = D.extractors[x].preds[u][i]; o[m[0] + ':' + m[1] + ':' + m[2]] = { s: s, m: m }; } }); return o; };
      var sa = spur(A, a), sb = spur(B, b);
      Object.keys(sa).forEach(function (k) { if (!sb[k]) add('spurious', sa[k].s, null, sa[k].m[0], sa[k].m[1], null, sa[k].m); });
      Object.keys(sb).forEach(function (k) { if (!sa[k]) add('spurious', null, sb[k].s, sb[k].m[0], sb[k].m[1], null, sb[k].m); });
    });
    return { rows: rows, total: sites, head: '<tr><th>document</th><th>gold</th><th>' + esc(D.extractors[a].name) + '</th><th>' + esc(D.extractors[b].name) + '</th></tr>' };
  }

  var shown = 0, current = null;
  function refresh() {
    var diff = F.cmp.value !== '' && F.cmp.value !== F.ext.value;
    current = diff ? diffRows() : singleRows();
    current.rows.sort(function (p, q) { return p.u - q.u || p.s - q.s; });
    $('errors-head').innerHTML = current.head;
    shown = 0;
    $('errors-body').innerHTML = '';
    more();
    $('f-count').textContent = current.rows.length + (diff ? ' differences shown of ' + current.total : ' errors shown of ' + current.total);
    var u = F.doc.value !== 'all' ? +F.doc.value : current.rows.length ? current.rows[0].u : 0;
    showDoc(u, null);
  }
  function more() {
    var next = current.rows.slice(shown, shown + PAGE);
    $('errors-body').insertAdjacentHTML('beforeend', next.map(function (r) { return r.html; }).join(''));
    shown += next.length;
    $('more').style.display = shown < current.rows.length ? '' : 'none';
    $('more').textContent = 'show ' + Math.min(PAGE, current.rows.length - shown) + ' more (' + (current.rows.length - shown) + ' left)';
  }

  function showDoc(u, focus) {
    if (!D.units[u]) return;
    var a = +F.ext.value, diff = F.cmp.value !== '' && F.cmp.value !== F.ext.value;
    var xs = diff ? [a, +F.cmp.value] : [a];
    var n = cps(u).length;
    $('doc-title').textContent = D.units[u].id + ' (' + n + ' characters, ' + D.units[u].gold.length + ' gold mentions)';
    $('doc-panes').innerHTML = xs.map(function (x) {
      return '<div class="pane"><h3>' + esc(D.extractors[x].name) + '</h3><div class="text">' + highlight(u, 0, n, marks(u, x), false) + '</div></div>';
    }).join('');
    if (focus !== null) {
      Array.prototype.forEach.call(document.querySelectorAll('#doc-panes .hl'), function (el) {
        if (+el.getAttribute('data-start') <= focus && focus < +el.getAttribute('data-end')) {
          el.classList.add('flash');
          var box = el.closest('.text');
          box.scrollTop = el.offsetTop - box.offsetTop - box.clientHeight / 3;
        }
      });
    }
  }

  ['ext', 'cmp', 'type', 'kind', 'doc'].forEach(function (k) { F[k].addEventListener('change', refresh); });
  $('more').addEventListener('click', more);
  $('errors-body').addEventListener('click', function (ev) {
    var tr = ev.target.closest('tr.row');
    if (!tr) return;
    showDoc(+tr.getAttribute('data-unit'), +tr.getAttribute('data-focus'));
    $('doc-view').scrollIntoView({ block: 'start' });
  });
  // the confusion matrix follows the chosen extractor
  var cm = document.querySelectorAll('.cm-block');
  var showCm = function () { Array.prototype.forEach.call(cm, function (el) { el.style.display = el.getAttribute('data-ext') === F.ext.value ? '' : 'none'; }); };
  F.ext.addEventListener('change', showCm);
  var cmSel = $('cm-ext');
  if (cmSel) cmSel.addEventListener('change', function () { F.ext.value = cmSel.value; refresh(); showCm(); });
  F.ext.addEventListener('change', function () { if (cmSel) cmSel.value = F.ext.value; });
  showCm();
  refresh();
  document.body.setAttribute('data-ready', '1');
})();
`;
