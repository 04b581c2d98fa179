import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {runCli} from './run-cli'
import {splitSegments} from './score-command'
import {runCliForTest} from './test-helpers'

/** Run the CLI with an io that records what it prints. */
async function run(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)})
  return {code, stdout, stderr}
}

const folder = mkdtempSync(path.join(tmpdir(), 'driftlens-score-'))
function file(name: string, text: string): string {
  const filePath = path.join(folder, name)
  writeFileSync(filePath, text)
  return filePath
}

// The first paragraph pair of the sacrebleu fixtures, whose scores are known.
const hypothesis =
  'Hundreds of Iraqi protesters have attempted to assault the US embassy in Baghdad after US airstrikes that killed 25 fighters of a Shiite group in Iraq backed by Iran.'
const reference =
  'Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad following US airstrikes this week that killed 25 fighters from an Iran-backed Shia group in Iraq.'
const hypFile = file('hyp.txt', `${hypothesis}\n`)
const refFile = file('ref.txt', `${reference}\r\n`)

describe('driftlens score', () => {
  it('prints the four metrics as sacrebleu text lines with signatures', async () => {
    const {code, stdout, stderr} = await run(['score', hypFile, refFile])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.split('\n')).toEqual([
      'chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 65.90',
      'chrF2++|nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0 = 64.22',
      'BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 37.66 70.0/48.3/32.1/18.5 (BP = 1.000 ratio = 1.000 hyp_len = 30 ref_len = 30)',
      'TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0 = 44.83',
      '',
    ])
  })

  it.each([
    [['--metric', 'ter'], ['TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0 = 44.83']],
    [['--metric', 'chrf++', '--width', '4'], ['chrF2++|nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0 = 64.2166']],
    [['--metric', 'bleu', '--metric', 'chrf', '--width', '1'], [
      'chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 65.9',
      'BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 37.7 70.0/48.3/32.1/18.5 (BP = 1.000 ratio = 1.000 hyp_len = 30 ref_len = 30)',
    ]],
  ])('with %j prints %j', async (flags, expected) => {
    const {code, stdout} = await run(['score', hypFile, refFile, ...flags])
    expect(code).toBe(0)
    expect(stdout).toBe(expected.map((line) => `${line}\n`).join(''))
  })

  it('scores line by line with --sentence, using sentence BLEU', async () => {
    const hyps = file('hyps.txt', 'They did not storm the embassy.\na\n')
    const refs = file('refs.txt', 'They did storm the embassy.\na\n')
    const {code, stdout} = await run(['score', hyps, refs, '--sentence', '--metric', 'chrf', '--metric', 'bleu'])
    expect(code).toBe(0)
    expect(stdout.split('\n')).toEqual([
      'chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 84.55',
      'BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0 = 48.89 85.7/66.7/40.0/25.0 (BP = 1.000 ratio = 1.167 hyp_len = 7 ref_len = 6)',
      'chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 100.00',
      'BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0 = 100.00 100.0/0.0/0.0/0.0 (BP = 1.000 ratio = 1.000 hyp_len = 1 ref_len = 1)',
      '',
    ])
  })

  it.each([
    [['score', hypFile], /expects <hyp-file> <ref-file>/],
    [['score', hypFile, refFile, '--metric', 'meteor'], /unknown metric `meteor`/],
    [['score', hypFile, refFile, '--width', 'two'], /--width/],
    [['score', hypFile, refFile, '--bogus'], /bogus/],
    [['score', path.join(folder, 'missing.txt'), refFile], /no such file/],
    [['score', hypFile, file('two-lines.txt', 'a\nb\n')], /has 1 line\(s\) but .* has 2/],
  ])('exits 2 with one stderr line for %j', async (args, message) => {
    const {code, stdout, stderr} = await run(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('splitSegments', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\n\nb', ['a', '', 'b']],
    ['\n', ['']],
  ])('splits %j into %j', (text, expected) => {
    expect(splitSegments(text)).toEqual(expected)
  })
})

describe('driftlens score, several references and sacrebleu forms', () => {
  const second = 'Hundreds of Iraqi protesters tried to storm the US embassy in Baghdad after US air strikes killed 25 fighters of an Iran-backed Shiite group.'
  const secondFile = file('ref2.txt', `${second}\n`)

  it('scores against several reference files (nrefs:2)', async () => {
    const {code, stdout} = await runCliForTest(['score', hypFile, refFile, secondFile, '--metric', 'bleu'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^BLEU\|nrefs:2\|case:mixed\|eff:no\|tok:13a\|smooth:exp\|version:2\.6\.0 = \d+\.\d\d /)
  })

  it('reads the hypothesis from standard input with one reference file, as sacrebleu ref < hyp', async () => {
    const fromStdin = await runCliForTest(['score', refFile, '--metric', 'ter'], `${hypothesis}\n`)
    const fromFile = await runCliForTest(['score', hypFile, refFile, '--metric', 'ter'])
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
    const withInput = await runCliForTest(['score', '-i', hypFile, refFile, secondFile, '--metric', 'ter'])
    expect(withInput.stdout).toMatch(/^TER\|nrefs:2\|/)
  })

  it('passes --tokenize to BLEU and names it in the signature', async () => {
    const {stdout} = await runCliForTest(['score', hypFile, refFile, '--metric', 'bleu', '--tokenize', 'char'])
    expect(stdout).toMatch(/\|tok:char\|/)
  })

  it('prints sacrebleu 2.x JSON: one object for one metric, a list for several', async () => {
    const one = await runCliForTest(['score', hypFile, refFile, '--metric', 'ter', '--format', 'json'])
    expect(JSON.parse(one.stdout)).toMatchObject({name: 'TER', score: 44.83, nrefs: '1', tok: 'tercom'})
    const several = await runCliForTest(['score', hypFile, refFile, '--metric', 'chrf', '--metric', 'bleu', '--format', 'json', '--width', '1'])
    const list = JSON.parse(several.stdout) as {name: string; score: number}[]
    expect(list.map((entry) => [entry.name, entry.score])).toEqual([['chrF2', 65.9], ['BLEU', 37.7]])
  })

  it.each([
    [['score', hypFile, refFile, '--tokenize', 'mecab'], /unknown --tokenize `mecab`/],
    [['score', hypFile, refFile, '--format', 'xml'], /unknown --format `xml`/],
    [['score', hypFile, refFile, file('three.txt', 'a\nb\nc\n')], /has 1 line\(s\) but .* has 3/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const {code, stderr} = await runCliForTest(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })
})
