/**
 * The HTML report's stylesheet. Colours meet WCAG AA contrast on their
 * backgrounds; every colour that carries meaning is paired with a shape, a
 * line style or a word (severity: solid, dashed or dotted underline and a
 * label; diff: strike-through and the column it is in), so nothing is told
 * by colour alone. Print hides the controls and keeps the marks.
 */
export const reportStyle = `
:root {
  --ink: #1b1f24; --muted: #505a66; --line: #d5dbe1; --panel: #f5f7f9; --page: #fff; --accent: #0a58b8;
  --error: #b42318; --error-bg: #fde8e6; --warning: #8f5200; --warning-bg: #fff0d4; --info: #1d5bbf; --info-bg: #e5eefc;
  --delete-bg: #ffdcdc; --delete-ink: #8a1020; --insert-bg: #d3f3dc; --passage-bg: #efe7fd; --moved: #6239b5;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--page); padding: .5rem 1rem; z-index: 30; }
.skip:focus { left: .5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.wrap { max-width: 1360px; margin: 0 auto; padding: 0 1.25rem; }
button { font: inherit; color: inherit; }

/* Header */
.masthead { border-bottom: 1px solid var(--line); padding: 1.25rem 0 1rem; }
.brand { margin: 0; font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
h1 { margin: .2rem 0 .35rem; font-size: 1.55rem; line-height: 1.25; overflow-wrap: anywhere; }
.inputs { margin: 0; color: var(--muted); font-size: .92rem; overflow-wrap: anywhere; }
.inputs b { color: var(--ink); font-weight: 600; }
.verdict { display: flex; gap: 1rem; align-items: flex-start; margin: 1rem 0; padding: .9rem 1rem; border: 1px solid var(--line); border-left: 5px solid var(--relation, var(--muted)); border-radius: 8px; background: var(--panel); }
.relation { flex: none; display: inline-block; padding: .2rem .6rem; border-radius: 999px; font-weight: 700; font-size: .95rem; color: #fff; background: var(--relation, var(--muted)); }
.verdict p { margin: 0; }
.verdict .label { display: block; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .6rem; margin: 0; }
.stat { border: 1px solid var(--line); border-radius: 8px; padding: .55rem .75rem; min-width: 0; }
.stat dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.stat dd { margin: 0; }
.stat .value { font-size: 1.35rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.stat .note { display: block; font-size: .82rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.meter { display: block; height: 6px; border-radius: 3px; background: #e4e8ec; margin: .3rem 0 .1rem; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--ink); }
.tally { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: .75rem 0 0; padding: 0; list-style: none; font-size: .88rem; color: var(--muted); }
.tally b { color: var(--ink); font-variant-numeric: tabular-nums; }
.warning-note { margin: .75rem 0 0; padding: .5rem .75rem; border-radius: 6px; background: var(--warning-bg); color: var(--warning); }

/* Toolbar: filters, navigation and the minimap */
.toolbar { position: sticky; top: 0; z-index: 10; background: var(--page); border-bottom: 1px solid var(--line); box-shadow: 0 2px 6px rgba(20, 30, 40, .06); }
.toolbar .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .75rem; padding-top: .45rem; padding-bottom: .45rem; }
.filters { flex: 1 1 20rem; min-width: 0; }
.filters summary { cursor: pointer; font-weight: 600; font-size: .9rem; padding: .15rem 0; }
.filters summary .state { font-weight: 400; color: var(--muted); margin-left: .4rem; }
.filter-groups { display: flex; flex-wrap: wrap; gap: .35rem 1rem; margin-top: .35rem; }
.filter-groups fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; min-width: 0; }
.filter-groups legend { float: left; margin-right: .25rem; font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.chip { display: inline-flex; align-items: center; gap: .3rem; padding: .1rem .55rem .1rem .35rem; border: 1px solid var(--line); border-radius: 999px; font-size: .84rem; cursor: pointer; background: var(--page); white-space: nowrap; }
.chip input { margin: 0; accent-color: var(--accent); }
.chip .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.chip.filter:has(input:not(:checked)) { color: var(--muted); background: var(--panel); text-decoration: line-through; }
.nav { display: flex; align-items: center; gap: .35rem; margin-left: auto; }
.nav button { border: 1px solid var(--line); background: var(--page); border-radius: 6px; padding: .2rem .6rem; cursor: pointer; }
.nav button:hover { background: var(--panel); }
.nav kbd, .legend kbd, footer kbd { font: 600 .78rem ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3rem; background: var(--panel); }
.position { min-width: 5.5rem; text-align: center; font-size: .86rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.toolbar .wrap.map { padding-top: 0; }
.minimap { flex: 1 1 100%; position: relative; height: 18px; margin: 0 0 .1rem; border-radius: 4px; background: var(--panel); border: 1px solid var(--line); cursor: pointer; overflow: hidden; }
.minimap .band { position: absolute; top: 0; bottom: 0; }
.minimap .band.omission, .minimap .band.insertion { background: repeating-linear-gradient(135deg, #d5dbe1 0 1px, transparent 1px 4px); }
.minimap .band.moved { background: rgba(98, 57, 181, .22); }
.minimap .tick { position: absolute; top: 2px; bottom: 2px; width: 3px; margin-left: -1px; border-radius: 1px; }
.minimap .tick.error { background: var(--error); }
.minimap .tick.warning { background: #c77700; top: 5px; bottom: 5px; }
.minimap .tick.info { background: var(--info); top: 7px; bottom: 7px; }
.minimap .tick.current { outline: 2px solid var(--ink); z-index: 2; }
.minimap .viewport { position: absolute; top: 0; bottom: 0; border: 2px solid rgba(10, 88, 184, .55); background: rgba(10, 88, 184, .06); border-radius: 3px; pointer-events: none; }

/* Rows */
main { padding: 1rem 0 2rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; margin: 0 0 .75rem; padding: 0; list-style: none; font-size: .84rem; color: var(--muted); }
.grid { border: 1px solid var(--line); border-radius: 8px; }
.row { display: grid; grid-template-columns: 7.25rem minmax(0, 1fr) minmax(0, 1fr); border-top: 1px solid var(--line); scroll-margin-top: 7rem; }
.row.head { border-top: 0; background: var(--panel); font-weight: 600; font-size: .85rem; position: sticky; top: var(--toolbar-height, 0px); z-index: 5; border-radius: 8px 8px 0 0; }
.row.head > div { padding: .45rem .75rem; overflow-wrap: anywhere; }
.row.moved { box-shadow: inset 4px 0 0 var(--moved); }
.row.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: #fff6c2; } to { background: transparent; } }
.gutter { padding: .6rem .75rem; font-size: .8rem; color: var(--muted); border-right: 1px solid var(--line); }
.gutter .num { display: block; font-weight: 700; color: var(--ink); font-size: .85rem; text-decoration: none; }
.kind { display: inline-block; margin: .15rem 0; padding: 0 .4rem; border-radius: 4px; border: 1px solid currentColor; font-weight: 600; font-size: .74rem; }
.kind.omission { color: var(--error); }
.kind.insertion { color: #1a6b34; }
.kind.moved { color: var(--moved); }
.kind.weak { border-style: dashed; }
.gutter .figures { display: block; font-variant-numeric: tabular-nums; }
.gutter .meter { height: 4px; max-width: 5.5rem; margin-top: .25rem; }
.gutter .meter span { background: var(--muted); }
.gutter a { display: block; margin-top: .2rem; }
.cell { padding: .6rem .9rem; min-width: 0; overflow-wrap: anywhere; }
.cell + .cell { border-left: 1px solid var(--line); }
.cell .side { display: none; }
.cell p { margin: 0; }
.cell p + p { margin-top: .5rem; }
.cell.empty { display: flex; align-items: center; justify-content: center; color: var(--muted); font-style: italic; font-size: .84rem; background: repeating-linear-gradient(135deg, #f7f8fa 0 5px, #fff 5px 10px); }
.moved-note { margin: .5rem 0 0; font-size: .84rem; color: var(--moved); }
.moved-note a { color: var(--moved); font-weight: 600; }
.row.filtered { display: none; }

/* Diff and findings */
del { background: var(--delete-bg); color: var(--delete-ink); text-decoration: line-through; text-decoration-color: rgba(138, 16, 32, .55); border-radius: 2px; }
ins { background: var(--insert-bg); text-decoration: none; border-radius: 2px; }
.no-diff del { background: none; color: inherit; text-decoration: none; }
.no-diff ins { background: none; }
.mark { border-bottom: 2px solid transparent; border-radius: 2px; }
.mark.passage { background: var(--passage-bg); }
.mark.info { border-bottom: 2px dotted var(--info); background: var(--info-bg); }
.mark.warning { border-bottom: 2px dashed #b86b00; background: var(--warning-bg); }
.mark.error { border-bottom: 3px solid var(--error); background: var(--error-bg); }
del.mark, ins.mark { background-image: linear-gradient(var(--delete-bg), var(--delete-bg)); }
ins.mark { background-image: linear-gradient(var(--insert-bg), var(--insert-bg)); }
.mark[tabindex] { cursor: pointer; }
.mark.current { outline: 2px solid var(--ink); outline-offset: 1px; }
.badge { display: inline-block; min-width: 1.1rem; margin-right: .15rem; padding: 0 .2rem; border-radius: 999px; font: 700 .64rem/1.1rem system-ui, sans-serif; text-align: center; vertical-align: .15em; color: #fff; background: var(--info); }
.badge.artifact { border-radius: 3px; }
.badge.passage { background: var(--moved); }
.badge.warning { background: #a35f00; }
.badge.error { background: var(--error); }
.badge.off { display: none; }
.point { display: inline-block; width: .55rem; height: 1em; vertical-align: -.1em; border-left: 2px solid var(--error); }
.detached { display: inline-block; margin-top: .35rem; padding: 0 .3rem; border: 1px dashed var(--line); border-radius: 4px; font-size: .88rem; }

/* Tooltip */
.tip { position: absolute; z-index: 40; max-width: min(27rem, calc(100vw - 1rem)); padding: .6rem .75rem; border: 1px solid var(--line); border-radius: 8px; background: var(--page); box-shadow: 0 8px 24px rgba(20, 30, 40, .18); font-size: .88rem; }
.tip[hidden] { display: none; }
.tip p { margin: .2rem 0 0; }
.tip .evidence { color: var(--muted); overflow-wrap: anywhere; }
.sev { font-weight: 700; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }

/* Findings list */
.findings { padding: 0 0 2.5rem; scroll-margin-top: 7rem; }
.findings h2 { font-size: 1.15rem; margin: 0 0 .6rem; }
.findings ol { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; }
.findings li { display: grid; grid-template-columns: 2.2rem minmax(0, 1fr); gap: .5rem; padding: .55rem .75rem; border-top: 1px solid var(--line); }
.findings li:first-child { border-top: 0; }
.findings li[hidden] { display: none; }
.findings li.current { background: #f0f6ff; }
.findings button.go { all: unset; cursor: pointer; }
.findings button.go:hover .what { text-decoration: underline; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0 .25rem; white-space: pre-wrap; }
.findings button.go:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.findings .what { font-weight: 600; }
.findings .where { color: var(--muted); font-size: .84rem; }
.findings p { margin: .1rem 0 0; overflow-wrap: anywhere; }
.findings .evidence { color: var(--muted); font-size: .88rem; }
.none { color: var(--muted); font-style: italic; }
footer { border-top: 1px solid var(--line); padding: 1rem 0 2rem; color: var(--muted); font-size: .84rem; }
footer p { margin: .2rem 0; }

/* Narrow screens: stack each row's two sides */
@media (max-width: 720px) {
  .wrap { padding: 0 .75rem; }
  h1 { font-size: 1.3rem; }
  .verdict { flex-direction: column; gap: .5rem; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .stat .value { font-size: 1.15rem; }
  .row { grid-template-columns: minmax(0, 1fr); }
  .row.head { display: none; }
  .gutter { border-right: 0; border-bottom: 1px dashed var(--line); display: flex; flex-wrap: wrap; gap: .15rem .6rem; align-items: baseline; padding: .45rem .75rem; background: var(--panel); }
  .gutter .num, .gutter .figures, .gutter a { display: inline; margin: 0; }
  .gutter .meter { display: inline-block; width: 3rem; vertical-align: middle; margin: 0; }
  .cell + .cell { border-left: 0; border-top: 1px dashed var(--line); }
  .cell .side { display: block; font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; margin-bottom: .15rem; }
  .cell.empty { display: block; padding-top: .4rem; padding-bottom: .4rem; }
  .cell.empty .side { font-style: normal; }
  .nav { margin-left: 0; width: 100%; justify-content: space-between; }
  .filters { flex-basis: 100%; }
  .filter-groups { max-height: 30vh; overflow-y: auto; }
  .nav kbd { display: none; }
}
@media (max-width: 380px) {
  .stats { grid-template-columns: minmax(0, 1fr); }
}

@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; }
  .toolbar, .skip, .tip, .legend-keys { display: none !important; }
  .row { break-inside: avoid; scroll-margin-top: 0; }
  .row.head { position: static; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .mark.current { outline: 0; }
}
@media (prefers-reduced-motion: reduce) { .row.flash { animation: none; } }
`
