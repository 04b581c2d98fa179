import {describe, expect, it} from '@jest/globals'
import {findUntranslatedSegments, guessDocumentLanguage} from './find-untranslated-segments'
import {contextOf} from './test-context'

const before = 'Protesters stormed the US embassy in Baghdad on Tuesday after the weekend strikes. The guards withdrew inside the compound as the crowd grew larger. '
const after = ' Officials said more attacks could follow in the coming days, and the embassy remained closed.'

describe('findUntranslatedSegments', () => {
  it.each([
    ["Les manifestants ont incendié une guérite devant l'ambassade américaine mardi soir.", 'French'],
    ['Los manifestantes rompieron la puerta principal de la embajada y prendieron fuego a la recepción.', 'Spanish'],
    ['Die Demonstranten haben das Tor der Botschaft aufgebrochen und die Wachen zurückgedrängt.', 'German'],
    ['قال المتحدث باسم الميليشيا إن الرد سيكون قاسيا جدا على القوات الأمريكية.', 'arabic script'],
  ])('in an English text finds %j (%s)', (foreign, language) => {
    const text = before + foreign + after
    const found = findUntranslatedSegments(contextOf(text, {language: 'eng'}))
    expect(found.map((artifact) => artifact.text)).toEqual([foreign])
    expect(found[0]?.message).toContain(language)
  })

  it('joins neighbouring foreign sentences into one passage', () => {
    const foreign = "Les manifestants ont incendié une guérite devant l'ambassade américaine mardi soir. Les gardes se sont retirés à l'intérieur du bâtiment principal de l'ambassade."
    expect(findUntranslatedSegments(contextOf(before + foreign + after, {language: 'eng'})).map((artifact) => artifact.text)).toEqual([foreign])
  })

  it.each([
    before + after,
    'The crowd chanted “Allahu Akbar” and “Death to America” outside the gate of the compound for hours.',
    'Vows of Revenge',
    'Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad following US airstrikes this week.',
    'Kataeb Hezbollah, Asaib Ahl al-Haq, Hashd al-Shaabi and Saraya al-Salam marched together.',
  ])('leaves %j alone', (text) => {
    expect(findUntranslatedSegments(contextOf(text, {language: 'eng'}))).toEqual([])
  })

  it('runs only the script test when the language is unknown', () => {
    expect(findUntranslatedSegments(contextOf(before + "Les manifestants ont incendié une guérite devant l'ambassade américaine mardi soir." + after, {language: 'und'}))).toEqual([])
  })

  it.each([
    [before + after, 'eng'],
    ["Les manifestants ont incendié une guérite devant l'ambassade américaine mardi soir, puis les gardes se sont retirés à l'intérieur.", 'fra'],
    ['Hi.', 'und'],
  ])('guesses the language of %j as %j', (text, expected) => {
    expect(guessDocumentLanguage(text)).toBe(expected)
  })
})
