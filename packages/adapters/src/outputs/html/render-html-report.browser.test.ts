import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, expect, it} from '@jest/globals'
import {compareTexts, type DriftReport} from '@driftlens/core'
import type {Browser, Page} from 'playwright-core'
import {browserTimeout, describeInBrowser, launchChromium, type PageGlobals, type PageNode} from '../../../test/chromium'
import {renderHtmlReport, type HtmlReportOptions} from './render-html-report'

const repository = fileURLToPath(new URL('../../../../../', import.meta.url))
const readSeed = (name: string) => readFileSync(path.join(repository, 'seeds', name), 'utf8')
const source = readSeed('001_db457dd8b98fe6bd.txt')
const variant = readSeed('000_45abfce7d79872e0.txt')
const report = compareTexts(source, variant)
const folder = mkdtempSync(path.join(tmpdir(), 'driftlens-html-'))

let browser: Browser

/** Write the page to a file and open it from there, recording errors and every request. */
async function open(pageReport: DriftReport, options: HtmlReportOptions, width = 1280, bypassCSP = false) {
  const file = path.join(folder, `report-${Math.random().toString(36).slice(2)}.html`)
  writeFileSync(file, renderHtmlReport(pageReport, options))
  const page = await browser.newPage({viewport: {width, height: 900}, bypassCSP})
  const errors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(pathToFileURL(file).href)
  return {page, errors, requests, url: pathToFileURL(file).href}
}

const focusedId = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id ?? '')

describeInBrowser('the HTML report in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  }, browserTimeout)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    'shows the 001 ↔ 000 report with one row per bead and each side in its cell',
    async () => {
      const {page, errors} = await open(report, {sourceLabel: '001', variantLabel: '000', sourceText: source, variantText: variant})
      await expect(page.locator('.relation').textContent()).resolves.toBe('retranslation')
      await expect(page.locator('.verdict .reason').textContent()).resolves.toBe(report.summary.reason)
      const rows = page.locator('#rows .row:not(.head)')
      await expect(rows.count()).resolves.toBe(report.alignment.length)
      for (const [index, bead] of report.alignment.entries()) {
        const row = rows.nth(index)
        const expected = (side: 'source' | 'variant') => bead[side].map((i) => report[side].sentences[i]!.text).join(' ')
        // Badges carry the finding numbers; the rest of the cell is the sentences, verbatim.
        const strip = async (side: 'source' | 'variant') =>
          row.locator(`.cell.${side}`).evaluate((cell: PageNode) => {
            const copy = cell.cloneNode(true)
            copy.querySelectorAll('.badge, .side, .moved-note, .sr-only').forEach((node) => node.remove())
            return Array.from(copy.querySelectorAll('p'), (p) => p.textContent).join(' ')
          })
        if (bead.kind === 'insertion') {
          await expect(row.locator('.cell.source').textContent()).resolves.toContain('Inserted: not in the source')
          await expect(strip('variant')).resolves.toBe(expected('variant'))
        } else if (bead.kind === 'omission') {
          await expect(row.locator('.cell.variant').textContent()).resolves.toContain('Omitted: not in the variant')
          await expect(strip('source')).resolves.toBe(expected('source'))
        } else {
          await expect(strip('source')).resolves.toBe(expected('source'))
          await expect(strip('variant')).resolves.toBe(expected('variant'))
        }
      }
      // The word diff: the first bead's deletions and insertions are struck through and marked inserted.
      const first = report.alignment[0]!
      const deleted = first.diff.filter((part) => part.op === 'delete').map((part) => part.source!.text)
      await expect(rows.nth(0).locator('.cell.source del').allTextContents()).resolves.toEqual(expect.arrayContaining(deleted.slice(0, 1)))
      await expect(rows.nth(0).locator('.cell.variant ins').count()).resolves.toBeGreaterThan(0)
      const findingCount = report.alignment.reduce((sum, bead) => sum + bead.signals.length, 0) + report.artifacts.length + (report.passages?.length ?? 0)
      await expect(page.locator('#findings li').count()).resolves.toBe(findingCount)
      await expect(page.locator('.minimap .tick').count()).resolves.toBe(findingCount)
      for (const landmark of ['header#report-header', 'nav#toolbar', 'main', 'footer']) {
        await expect(page.locator(landmark).count()).resolves.toBe(1)
      }
      expect(errors).toEqual([])
      await page.close()
    },
    browserTimeout,
  )

  it(
    'keeps the tip on the finding j moved to while the pointer rests over the text',
    async () => {
      // A short window, so that j scrolls and other marks pass under the pointer left on finding 0.
      const {page, errors} = await open(report, {sourceText: source, variantText: variant}, 1000)
      await page.setViewportSize({width: 1000, height: 600})
      await page.locator('#finding-0').click()
      const wrong: string[] = []
      for (let step = 0; step < 10; step++) {
        await page.keyboard.press('j')
        // Chromium sends its hover events for the scrolled page a moment after the scroll ends.
        await page.waitForTimeout(300)
        const current = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('.mark.current')?.id ?? '')
        const message = await page.locator(`#finding-message-${current.slice('finding-'.length)}`).textContent()
        const shown = (await page.locator('#tip').isVisible()) ? await page.locator('#tip').textContent() : null
        if (shown === null || !shown.includes(message!)) wrong.push(`after j number ${step + 1}: ${current} current, tip ${shown === null ? 'hidden' : 'of another finding'}`)
      }
      expect(wrong).toEqual([])
      // Once the pointer really moves, hovering a mark shows that mark's finding again.
      await page.locator('#finding-0').scrollIntoViewIfNeeded()
      const target = await page.locator('#finding-0').boundingBox()
      await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2)
      await expect(page.locator('#tip').textContent()).resolves.toContain(await page.locator('#finding-message-0').textContent())
      expect(errors).toEqual([])
      await page.close()
    },
    browserTimeout,
  )

  it(
    'shows a finding’s message on click and steps through findings with j and k',
    async () => {
      const {page, errors} = await open(report, {})
      const total = await page.locator('#findings li').count()
      await page.locator('#finding-0').click()
      await expect(page.locator('#tip').isVisible()).resolves.toBe(true)
      const firstMessage = await page.locator('#finding-message-0').textContent()
      await expect(page.locator('#tip').textContent()).resolves.toContain(firstMessage)
      await expect(focusedId(page)).resolves.toBe('finding-0')
      await page.keyboard.press('j')
      await expect(page.locator('.position').textContent()).resolves.toMatch(new RegExp(`^2 of ${total}: `))
      const second = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('.mark.current')?.id)
      expect(second).toMatch(/^finding-\d+$/)
      // The tip shows the message of the finding j moved to (reading order, passages included).
      await expect(page.locator('#tip').textContent()).resolves.toContain(await page.locator(`#finding-message-${second!.slice('finding-'.length)}`).textContent())
      await page.keyboard.press('k')
      await expect(focusedId(page)).resolves.toBe('finding-0')
      await page.keyboard.press('k')
      await expect(page.locator('.position').textContent()).resolves.toMatch(new RegExp(`^${total} of ${total}: `))
      await page.keyboard.press('Escape')
      await expect(page.locator('#tip').isVisible()).resolves.toBe(false)
      // Focus alone (Tab) shows the message too.
      await page.locator('#finding-1').focus()
      await expect(page.locator('#tip').isVisible()).resolves.toBe(true)
      expect(errors).toEqual([])
      await page.close()
    },
    browserTimeout,
  )

  it(
    'filters findings by kind and severity, and j skips the hidden ones',
    async () => {
      const {page} = await open(report, {})
      const quotes = report.alignment.flatMap((bead) => bead.signals).filter((signal) => signal.kind === 'quote').length
      const total = await page.locator('#findings li').count()
      await page.locator('summary').click()
      await page.locator('label.chip', {hasText: 'quote'}).locator('input').uncheck()
      await expect(page.locator('#findings li:not([hidden])').count()).resolves.toBe(total - quotes)
      await expect(page.locator('.minimap .tick').count()).resolves.toBe(total - quotes)
      for (let step = 0; step < total - quotes; step++) {
        await page.keyboard.press('j')
        await expect(page.locator('.position').textContent()).resolves.not.toMatch(/: quote$/)
      }
      await page.locator('label.chip', {hasText: 'error'}).locator('input').uncheck()
      const visible = await page.locator('#findings li:not([hidden]) .sev').allTextContents()
      expect(visible.length).toBeGreaterThan(0)
      expect(visible).not.toContain('error')
      await page.close()
    },
    browserTimeout,
  )

  it(
    'links a moved sentence to where it stands in the source (001 ↔ 003)',
    async () => {
      const reuse = compareTexts(source, readSeed('003_30099c242313f430.txt'))
      const moved = reuse.alignment.findIndex((bead) => bead.moved)
      expect(moved).toBeGreaterThan(-1)
      const {page} = await open(reuse, {})
      const link = page.locator(`#row-${moved + 1} .gutter a[href^="#row-"]:not(.num)`)
      const target = await link.getAttribute('href')
      expect(target).toMatch(/^#row-\d+$/)
      await expect(page.locator(`${target} .moved-note a`).getAttribute('href')).resolves.toBe(`#row-${moved + 1}`)
      await page.close()
    },
    browserTimeout,
  )

  it(
    'runs nothing from a hostile article and makes no request',
    async () => {
      const payloads = [
        '<script>window.__pwned = "script"</script>',
        '<img src=x onerror="window.__pwned = \'img\'">',
        '</script><script>window.__pwned = "close"</script>',
        '<!-- <script>window.__pwned = "comment"</script>',
        '<svg onload="window.__pwned = \'svg\'"></svg>',
        '<iframe src="javascript:window.__pwned = \'iframe\'"></iframe>',
      ]
      const hostileSource = `The council met on Monday. ${payloads[0]} It voted on the tram.\n\n${payloads[1]} The vote was close. ${payloads[2]}`
      const hostileVariant = `The council met on Tuesday. ${payloads[0]} It voted on the tram. ${payloads[3]} The vote was close. ${payloads[4]} ${payloads[5]} &quot; amp;`
      const hostile = compareTexts(hostileSource, hostileVariant)
      const {page, requests, url} = await open(hostile, {title: payloads[2], sourceLabel: payloads[1], variantLabel: payloads[3], sourceText: hostileSource, variantText: hostileVariant})
      await page.waitForTimeout(300)
      await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).resolves.toBeUndefined()
      await expect(page.locator('img, svg, iframe').count()).resolves.toBe(0)
      await expect(page.locator('script').count()).resolves.toBe(3)
      await expect(page.locator('h1').textContent()).resolves.toBe(payloads[2])
      // The payloads are shown as text.
      const shown = await page.locator('#rows').evaluate((rows: PageNode) => {
        const copy = rows.cloneNode(true)
        copy.querySelectorAll('.badge').forEach((badge) => badge.remove())
        return copy.textContent
      })
      expect(shown).toContain('<script>window.__pwned = "script"</script>')
      expect(shown).toContain('onerror=')
      // Hovering and stepping through findings runs nothing either.
      for (let step = 0; step < 4; step++) await page.keyboard.press('j')
      await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).resolves.toBeUndefined()
      expect(requests).toEqual([url])
      await page.close()
    },
    browserTimeout,
  )

  it.each([[1280], [390]])(
    'has no WCAG 2.1 A or AA violation that axe-core can find at %i px',
    async (width) => {
      // axe is injected as an inline script, which the page's own CSP rightly refuses: this page bypasses it.
      const {page} = await open(report, {sourceText: source, variantText: variant}, width, true)
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
      await page.addScriptTag({content: axe})
      await page.locator('summary').click()
      const violations = await page.evaluate(async () => {
        const {axe, document} = globalThis as unknown as PageGlobals
        const result = await axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
        })
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      })
      expect(violations).toEqual([])
      await page.close()
    },
    browserTimeout,
  )

  it(
    'fits 320 px without sideways scrolling and prints without its controls',
    async () => {
      const {page} = await open(report, {sourceText: source, variantText: variant}, 320)
      await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320)
      await expect(page.locator('.cell.source .side').first().isVisible()).resolves.toBe(true)
      await page.emulateMedia({media: 'print'})
      await expect(page.locator('#toolbar').isVisible()).resolves.toBe(false)
      await expect(page.locator('#rows .row:not(.head)').first().isVisible()).resolves.toBe(true)
      await page.close()
    },
    browserTimeout,
  )
})
