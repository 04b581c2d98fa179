import {describe, expect, it} from '@jest/globals'
import {findMojibake} from './find-mojibake'
import {contextOf} from './test-context'

describe('findMojibake', () => {
  it.each([
    ['weekâ€™s', 'â€™', '’'],
    ['BagdÃ¡d', 'Ã¡', 'á'],
    ['the ministerÃ¢â‚¬â„¢s office', 'Ã¢â‚¬â„¢', '’'],
    ['â€œWe will fight', 'â€œ', '“'],
    ['fight,â€\u009d he said', 'â€\u009d', '”'],
    ['fight,â€ he said', 'â€', '”'],
    ['40Â°C', 'Â°', '°'],
    ['SÃ£o Paulo', 'Ã£', 'ã'],
    ['ZÃ¼rich', 'Ã¼', 'ü'],
    ['last week?s attack', '?', "'"],
    ['they don?t know', '?', "'"],
    ['it’s the week?s end', '?', '’'],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚ means hello', 'ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    ['Ù…Ø±Ø­Ø¨Ø§ means hello', 'Ù…Ø±Ø­Ø¨Ø§', 'مرحبا'],
    ['the Ã‰cole', 'Ã‰', 'É'],
    ['a â€“ dash', 'â€“', '–'],
    ['cost â‚¬100', 'â‚¬', '€'],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findMojibake(contextOf(text))
    expect(found.map((artifact) => artifact.text)).toEqual([expected])
    expect(found[0]?.suggestion).toBe(suggestion)
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(expected)
  })

  it('reports replacement characters without a repair', () => {
    const found = findMojibake(contextOf('the caf\ufffd\ufffd reopened'))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([['\ufffd\ufffd', undefined]])
  })

  it.each([
    'NESTLÉ® products',
    'Łódź and Kraków',
    'Nguyễn Văn An',
    '−5 °C overnight',
    'Café in Zürich, crème brûlée',
    'It’s the company’s “best” year — officials said… – yes',
    'https://example.com/page?s=1',
    'What? She left.',
    'Où est-ce? Señor Muñoz',
    '¿Qué? ¡Sí!',
    '×2 and ÷3',
  ])('leaves %j alone', (text) => {
    expect(findMojibake(contextOf(text))).toEqual([])
  })
})
