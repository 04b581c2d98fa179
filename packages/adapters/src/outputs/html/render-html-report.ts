import {createHash} from 'node:crypto'
import type {DriftReport} from '@driftlens/core'
import {buildHtmlView} from './build-html-view'
import {embedJson, escapeHtml} from './embed-json'
import {reportScriptInteract} from './report-script-interact'
import {reportScriptRender} from './report-script-render'
import {reportStyle} from './report-style'

/** Options of `renderHtmlReport`. */
export interface HtmlReportOptions {
  /** The page's heading. @default '<sourceLabel> → <variantLabel>' */
  readonly title?: string
  /** The original source text; when given, re-used passages are quoted from it. */
  readonly sourceText?: string
  /** The original variant text. */
  readonly variantText?: string
  /** The name shown for the source (a file name, a URL). @default 'source' */
  readonly sourceLabel?: string
  /** The name shown for the variant. @default 'variant' */
  readonly variantLabel?: string
}

/** Defaults of `renderHtmlReport`'s options (the title is built from the labels). */
export const defaultHtmlReportOptions = {sourceLabel: 'source', variantLabel: 'variant'} as const

const optionNames = new Set(['title', 'sourceText', 'variantText', 'sourceLabel', 'variantLabel'])

const script = `(function () {\n'use strict';\n${reportScriptRender}\n${reportScriptInteract}\n})();\n`
const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
// Nothing may load or connect: only this style sheet and this script run, by hash.
const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${digest(reportStyle)}`,
  `script-src ${digest(script)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * Render a report as one self-contained HTML page: the verdict and its
 * figures, the two texts side by side with one row per bead, the word diff,
 * the signals and artifacts as marks with their messages, filters, `j`/`k`
 * navigation and a minimap. It needs no network and loads nothing.
 *
 * Scraped text is treated as hostile: the page carries the report, and the
 * rows drawn from it, as JSON in `<script type="application/json">` elements with every `<`, `>` and `&`
 * escaped, its own script builds the page with `textContent` only, and a
 * Content-Security-Policy allows nothing but that script and style sheet.
 *
 * @param report A report from `compareTexts`.
 * @param options Title, labels and the original texts.
 * @returns The HTML document.
 */
export function renderHtmlReport(report: DriftReport, options: HtmlReportOptions = {}): string {
  const resolved = resolveOptions(report, options)
  const view = buildHtmlView(report, resolved)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="driftlens">',
    `<title>${escapeHtml(resolved.title)} · driftlens</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#rows">Skip to the aligned texts</a>',
    '<header id="report-header" class="masthead"></header>',
    '<nav id="toolbar" class="toolbar" aria-label="Findings: filters and navigation"></nav>',
    '<main id="main" class="wrap">',
    '<ul class="legend" aria-label="Legend">',
    '<li><del>struck through</del> only in the source</li>',
    '<li><ins>green</ins> only in the variant</li>',
    '<li><span class="mark error">solid</span> error</li>',
    '<li><span class="mark warning">dashed</span> warning</li>',
    '<li><span class="mark info">dotted</span> info</li>',
    '<li class="legend-keys"><kbd>j</kbd> <kbd>k</kbd> next and previous finding</li>',
    '</ul>',
    '<div id="rows" class="grid" role="table" aria-label="The source and the variant, one aligned group of sentences per row" tabindex="-1"></div>',
    '</main>',
    '<section id="findings" class="findings" aria-labelledby="findings-heading"></section>',
    '<footer class="wrap"><p>Made with driftlens. Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous finding, <kbd>Esc</kbd> closes a message. The report is embedded in this file as JSON (element <code>driftlens-report</code>).</p></footer>',
    '<div id="tip" class="tip" role="tooltip" hidden></div>',
    '<noscript><p class="wrap">This report draws itself with JavaScript, which is turned off. Its data is embedded in this file as JSON.</p></noscript>',
    `<script type="application/json" id="driftlens-report">${embedJson(report)}</script>`,
    `<script type="application/json" id="driftlens-view">${embedJson(view)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function resolveOptions(report: DriftReport, options: HtmlReportOptions) {
  if (report === null || typeof report !== 'object' || report.schemaVersion !== 1 || !Array.isArray(report.alignment)) {
    throw new TypeError(`Expected \`report\` to be a DriftReport with schemaVersion 1, not \`${String(report === null || typeof report !== 'object' ? report : report.schemaVersion)}\``)
  }
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  for (const [name, value] of Object.entries(options)) {
    if (!optionNames.has(name)) throw new TypeError(`Expected \`options\` to have only ${[...optionNames].join(', ')}, not \`${name}\``)
    if (value !== undefined && typeof value !== 'string') throw new TypeError(`Expected \`${name}\` to be a string, not \`${String(value)}\``)
  }
  const sourceLabel = options.sourceLabel ?? defaultHtmlReportOptions.sourceLabel
  const variantLabel = options.variantLabel ?? defaultHtmlReportOptions.variantLabel
  return {
    title: options.title ?? `${sourceLabel} → ${variantLabel}`,
    sourceLabel,
    variantLabel,
    ...(options.sourceText === undefined ? {} : {sourceText: options.sourceText}),
    ...(options.variantText === undefined ? {} : {variantText: options.variantText}),
  }
}
