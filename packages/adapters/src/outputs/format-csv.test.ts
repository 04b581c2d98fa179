import {describe, expect, it} from '@jest/globals'
import {compareTexts} from '@driftlens/core'
import {formatCsvRow, resultCsvColumns} from './format-csv'

const source = 'The minister said on Tuesday that 25 people were killed in the north. Rescue teams arrived at night.'
const variant = 'The minister said on Monday that 52 people died in the north. Rescuers came in the night.'

/** The fields of one CSV row by column name (no field here holds a comma or a quote). */
function fields(row: string): Record<string, string> {
  const values = row.replace(/\r\n$/, '').split(',')
  return Object.fromEntries(resultCsvColumns.map((column, index) => [column, values[index]!]))
}

describe('formatCsvRow', () => {
  it('writes the whole text TER with two decimals', () => {
    const row = fields(formatCsvRow({id: 1, ok: true, report: compareTexts(source, variant)}))
    expect(row.ter).toMatch(/^\d+\.\d\d$/)
    expect(row.chrf).toMatch(/^\d+\.\d\d$/)
  })

  it('leaves the TER field empty for a report made without TER, the other metrics as they are', () => {
    const full = fields(formatCsvRow({id: 1, ok: true, report: compareTexts(source, variant)}))
    const row = fields(formatCsvRow({id: 1, ok: true, report: compareTexts(source, variant, {metrics: {ter: false}})}))
    expect(row.ter).toBe('')
    expect({...row, ter: full.ter}).toEqual(full)
  })
})
