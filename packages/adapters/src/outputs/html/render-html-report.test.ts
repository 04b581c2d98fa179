import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from '@jest/globals'
import {compareTexts, type DriftReport} from '@driftlens/core'
import {buildHtmlView} from './build-html-view'
import {embedJson} from './embed-json'
import type {HtmlView} from './html-view'
import {renderHtmlReport} from './render-html-report'
import {reportScriptInteract} from './report-script-interact'
import {reportScriptRender} from './report-script-render'

const repository = fileURLToPath(new URL('../../../../../', import.meta.url))
const readSeed = (name: string) => readFileSync(path.join(repository, 'seeds', name), 'utf8')
const source = readSeed('001_db457dd8b98fe6bd.txt')
const variant = readSeed('000_45abfce7d79872e0.txt')
// Without passages, so the plain view is tested here and passages in their own case below.
const report = compareTexts(source, variant, {passages: false})
const labels = {title: 't', sourceLabel: 's', variantLabel: 'v'}

/** The view a page embeds, read back from the page. */
function embedded<T>(html: string, id: 'driftlens-view' | 'driftlens-report'): T {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html)
  if (!match) throw new Error(`no ${id} element`)
  return JSON.parse(match[1]!) as T
}
const embeddedView = (html: string) => embedded<HtmlView>(html, 'driftlens-view')

describe('embedJson', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['a & b > c'],
    ['line\u2028separator\u2029'],
  ])('keeps %j out of the markup and gives it back unchanged', (text) => {
    const json = embedJson({text})
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({text})
  })
})

describe('renderHtmlReport', () => {
  it('embeds the view, a CSP that allows nothing else, and no external reference', () => {
    const html = renderHtmlReport(report, {sourceText: source, variantText: variant})
    expect(embeddedView(html).rows).toHaveLength(report.alignment.length)
    expect(embedded<DriftReport>(html, 'driftlens-report')).toEqual(report)
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/)
    expect(html.match(/<script/g)).toHaveLength(3)
    expect(html).not.toMatch(/\b(src|href)="(?!#)/)
    expect(html).not.toMatch(/https?:\/\/(?!t\.co)/)
  })

  it('never lets text from the report close its elements', () => {
    const hostile = compareTexts('Intro. </script><script>alert(1)</script> <!-- end.', 'Intro. </SCRIPT ><img src=x onerror=alert(2)> end.')
    const html = renderHtmlReport(hostile, {title: '</title><script>alert(3)</script>', sourceLabel: '<b>s</b>', variantLabel: '"v"'})
    expect(html.match(/<script/gi)).toHaveLength(3)
    expect(html).not.toContain('<img')
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;alert(3)&#60;/script&#62; · driftlens</title>')
    expect(embeddedView(html).title).toBe('</title><script>alert(3)</script>')
  })

  it('builds the page with textContent only', () => {
    for (const script of [reportScriptRender, reportScriptInteract]) {
      expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|createContextualFragment|DOMParser/)
    }
  })

  it.each([
    [{colour: 'red'}, /Expected `options` to have only title, sourceText, variantText, sourceLabel, variantLabel, not `colour`/],
    [{title: 3}, /Expected `title` to be a string, not `3`/],
  ])('rejects the options %j', (options, message) => {
    expect(() => renderHtmlReport(report, options as never)).toThrow(message)
  })

  it('rejects something that is not a report', () => {
    expect(() => renderHtmlReport({schemaVersion: 2} as never)).toThrow('Expected `report` to be a DriftReport with schemaVersion 1, not `2`')
  })
})

describe('buildHtmlView', () => {
  const view = buildHtmlView(report, labels)

  it('gives each row its sentences, verbatim, cut at diff and finding boundaries', () => {
    view.rows.forEach((row, index) => {
      const bead = report.alignment[index]!
      for (const side of ['source', 'variant'] as const) {
        const pieces = side === 'source' ? row.sourceCell : row.variantCell
        const text = pieces.filter((piece) => !piece.detached).map((piece) => (piece.paragraph ? ` ${piece.text}` : piece.text)).join('')
        expect(text).toBe(bead[side].map((i) => report[side].sentences[i]!.text).join(' '))
      }
    })
    const deleted = view.rows[0]!.sourceCell.filter((piece) => piece.op === 'delete').map((piece) => piece.text)
    expect(deleted).toEqual(report.alignment[0]!.diff.filter((part) => part.op === 'delete').map((part) => part.source!.text))
  })

  it('lists every signal and artifact once, in reading order, each with one anchor', () => {
    const signals = report.alignment.reduce((sum, bead) => sum + bead.signals.length, 0)
    expect(view.findings).toHaveLength(signals + report.artifacts.length)
    const rows = view.findings.map((finding) => finding.row)
    expect(rows).toEqual([...rows].sort((a, b) => a - b))
    const anchors = view.rows.flatMap((row) => [...row.sourceCell, ...row.variantCell]).flatMap((piece) => piece.anchors ?? [])
    expect([...anchors].sort((a, b) => a - b)).toEqual(view.findings.map((finding) => finding.id))
  })

  it('marks the quote-residue artifact of 000 on its text', () => {
    const residue = view.findings.find((finding) => finding.kind === 'entity-residue')!
    const pieces = view.rows[residue.row]!.variantCell.filter((piece) => piece.findings?.includes(residue.id))
    expect(pieces.map((piece) => piece.text).join('')).toBe('quot;')
  })

  it('links a moved row to where its source sentences stand, and back', () => {
    const reuse = compareTexts(source, readSeed('003_30099c242313f430.txt'))
    const reuseView = buildHtmlView(reuse, labels)
    const moved = reuse.alignment.findIndex((bead) => bead.moved)
    const link = reuseView.rows[moved]!.movedFrom!
    const home = reuse.alignment[link.row]!
    expect(home.source).toContain(reuse.alignment[moved]!.source[0]! - 1)
    expect(reuseView.rows[link.row]!.movedAway).toContainEqual({row: moved, position: 'after'})
  })

  it('shows weak beads and re-used passages when a report carries them', () => {
    const first = report.source.sentences[0]!
    const firstVariant = report.variant.sentences[0]!
    const extended = {
      ...report,
      alignment: report.alignment.map((bead, index) => (index === 1 ? {...bead, weak: true} : bead)),
      passages: [{source: {start: first.start, end: first.start + 33}, variant: {start: firstVariant.start, end: firstVariant.start + 33}, words: 5, verbatim: true}],
    } as DriftReport
    const extendedView = buildHtmlView(extended, {...labels, sourceText: source})
    expect(extendedView.rows.map((row) => row.weak).filter(Boolean)).toHaveLength(1)
    expect(extendedView.rows[1]!.weak).toBe(true)
    expect(extendedView.summary.counts.weak).toBe(1)
    const passage = extendedView.findings.find((finding) => finding.category === 'passage')!
    expect(passage).toMatchObject({message: 'Re-used passage: 5 words, word for word.', sourceText: 'Hundreds of Iraqi protesters have', variantText: 'Hundreds of Iraqi protesters have'})
    for (const cell of [extendedView.rows[0]!.sourceCell, extendedView.rows[0]!.variantCell]) {
      expect(cell.filter((piece) => piece.findings?.includes(passage.id)).map((piece) => piece.text).join('')).toBe('Hundreds of Iraqi protesters have')
    }
    // Without them the view is the plain one.
    expect(buildHtmlView(report, labels).findings.some((finding) => finding.category === 'passage')).toBe(false)
  })

  it('shows a finding outside every sentence apart, in the nearest row', () => {
    const gap = report.variant.sentences[0]!.end
    const extended = {
      ...report,
      artifacts: [{kind: 'invisible-char', side: 'variant', start: gap, end: gap + 1, text: report.variant.sentences.length ? variant.slice(gap, gap + 1) : '', severity: 'info', message: 'm'}],
    } as DriftReport
    const gapView = buildHtmlView(extended, labels)
    const finding = gapView.findings.find((item) => item.kind === 'invisible-char')!
    expect(finding.row).toBe(1)
    expect(gapView.rows[1]!.variantCell.at(-1)).toMatchObject({text: '[invisible-char]', detached: true, findings: [finding.id], anchors: [finding.id]})
  })
})
