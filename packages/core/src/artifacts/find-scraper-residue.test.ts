import {describe, expect, it} from '@jest/globals'
import {findScraperResidue} from './find-scraper-residue'
import {contextOf} from './test-context'

const prose = 'The embassy was stormed on Tuesday.\n\nGuards fired tear gas at the crowd.\n\n'

describe('findScraperResidue', () => {
  it.each([
    [' date 2019-12-31 Advertisement\n\nProtesters stormed the embassy.', ' date 2019-12-31 Advertisement\n\n', ''],
    [' date 2019-12-31 After deadly strikes, a mob converged.', ' date 2019-12-31 ', ''],
    ['Published: 2019-12-31T10:00:00Z\n\nThe crowd dispersed.', 'Published: 2019-12-31T10:00:00Z\n\n', ''],
    ['Protesters stormed the embassy.\n\nShare this article\n\nThe guards withdrew.', 'Share this article\n\n', ''],
    ['Scroll down for video\n\nThe protesters broke in.', 'Scroll down for video\n\n', ''],
    ['Fighters fired rockets. Advertisement The Pentagon responded.', ' Advertisement', ''],
    ['Protesters stormed the embassy. Read more: Iraq crisis explained', ' Read more: Iraq crisis explained', ''],
    ['The crowd (pictured) gathered outside.', ' (pictured)', ''],
    ['The base was hit last year (file photo).', ' (file photo)', ''],
    ['The crowd grew (pictured: setting fire to the walls) by noon.', ' (pictured: setting fire to the walls)', ''],
    ['Iraqi officials condemned it.\n\nraqi protesters then marched.\n\nThe guards withdrew.', 'raqi', 'Iraqi'],
    [
      'Timeline of the embassy crisis in Baghdad On December 27, a rocket attack killed a contractor. The US responded with strikes on five sites.',
      'Timeline of the embassy crisis in Baghdad ',
      'Timeline of the embassy crisis in Baghdad\n\n',
    ],
    [`${prose}Smoke rises over the compound as protesters gather outside the main gate on Tuesday\n\nThe crowd left.`, 'Smoke rises over the compound as protesters gather outside the main gate on Tuesday\n\n', ''],
    ['It hit a convoy.\n\nA man holds a poster during a rally in Tehran, Iran, Jan. 3, 2020.\n\nThe Pentagon confirmed it.', 'A man holds a poster during a rally in Tehran, Iran, Jan. 3, 2020.\n\n', ''],
  ])('in %j finds %j repaired as %j', (text, expected, suggestion) => {
    const found = findScraperResidue(contextOf(text))
    expect(found.map((artifact) => [artifact.text, artifact.suggestion])).toEqual([[expected, suggestion]])
  })

  it('marks a lost letter as an error and a caption as info', () => {
    const text = `${prose}raqi protesters set ablaze a sentry box in front of the embassy building on Tuesday\n\nIraqi police watched.`
    expect(findScraperResidue(contextOf(text)).map((artifact) => artifact.severity).sort()).toEqual(['error', 'info'])
  })

  it.each([
    'The advertisement was pulled after complaints.',
    'Vows of revenge\n\nThe militia vowed to retaliate. Officials said attacks would continue.\n\nSource: Reuters and news agencies',
    'The report, published on 2019-12-31, was revised.',
    'de Gaulle said so.\n\nThe crowd agreed.',
    'iPhone sales rose.\n\nApple said so.',
    'According to The Guardian the talks failed. Officials denied it.',
    `${prose}Officials said the attacks would continue for weeks.`,
    'Share prices fell after the article appeared.',
  ])('leaves %j alone', (text) => {
    expect(findScraperResidue(contextOf(text))).toEqual([])
  })
})
