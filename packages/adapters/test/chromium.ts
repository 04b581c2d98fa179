import {existsSync} from 'node:fs'
import {describe} from '@jest/globals'
import type {Browser} from 'playwright-core'

/** Debian's Chromium, installed with `apt-get install -y chromium`; never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium'

/** Flags for a headless run that talks to nothing but the page under test. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Browser tests may take this long: starting Chromium on a busy 2-core machine takes 15 s or more. */
export const browserTimeout = 120_000

const missing = !existsSync(chromiumPath)
const ci = process.env.CI === 'true'

if (missing && !ci) {
  console.warn(`Chromium is missing at ${chromiumPath}: the browser tests are skipped. Install it with \`apt-get update && apt-get install -y chromium\`.`)
}

/**
 * `describe` for tests that need Chromium. Without Chromium the block is
 * skipped locally, with a warning saying why, and fails under `CI=true`, so a
 * CI machine without the browser can never pass silently.
 */
export const describeInBrowser = (missing && !ci ? describe.skip : describe) as typeof describe

/**
 * Start Debian's Chromium through playwright-core.
 *
 * @throws When Chromium is not installed (under `CI=true` this fails the suite).
 */
export async function launchChromium(): Promise<Browser> {
  if (missing) {
    throw new Error(`Chromium is missing at ${chromiumPath}. Install it with \`apt-get update && apt-get install -y chromium\`; the browser tests never download one.`)
  }
  const playwright = await import('playwright-core')
  const chromium = playwright.chromium ?? (playwright as unknown as {default: typeof playwright}).default.chromium
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
}

/** An element as these tests read it (typed here so the DOM library stays out of the workspace's programs). */
export interface PageNode {
  readonly id: string
  readonly textContent: string | null
  cloneNode(deep: boolean): PageNode
  querySelectorAll(selector: string): ArrayLike<PageNode> & {forEach(callback: (node: PageNode) => void): void}
  querySelector(selector: string): PageNode | null
  remove(): void
}

/** The browser globals these tests read, for `const page = globalThis as unknown as PageGlobals` inside `page.evaluate`. */
export interface PageGlobals {
  readonly document: PageNode & {readonly activeElement: PageNode | null; readonly documentElement: {readonly scrollWidth: number}}
  readonly __pwned?: string
  readonly axe: {run(context: unknown, options: object): Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>}
}
