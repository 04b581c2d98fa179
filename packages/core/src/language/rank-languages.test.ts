import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {francAll} from 'franc-min'
import {rankLanguages} from './rank-languages'

const everything = {only: [], ignore: [], minLength: 10}

describe('rankLanguages', () => {
  it.each([
    ['English', 'Hundreds of Iraqi protesters have tried to storm the US embassy in Baghdad following US airstrikes this week.', 'eng'],
    ['French', 'Des centaines de manifestants irakiens ont tenté de prendre d’assaut l’ambassade des États-Unis à Bagdad.', 'fra'],
    ['Portuguese', 'Centenas de manifestantes iraquianos tentaram invadir a embaixada dos Estados Unidos em Bagdá depois dos ataques aéreos.', 'por'],
    ['Ukrainian', 'Сотні іракських демонстрантів намагалися штурмувати посольство США в Багдаді після авіаударів.', 'ukr'],
    ['Hindi', 'सैकड़ों इराकी प्रदर्शनकारियों ने बगदाद में अमेरिकी दूतावास पर धावा बोलने की कोशिश की।', 'hin'],
    ['Chinese (one-language script)', '数百名伊拉克抗议者试图冲击美国驻巴格达大使馆。', 'cmn'],
    ['Japanese', 'イラクの抗議者数百人がバグダッドの米国大使館に押し寄せようとした。', 'jpn'],
    ['Greek', 'Εκατοντάδες Ιρακινοί διαδηλωτές προσπάθησαν να εισβάλουν στην πρεσβεία των ΗΠΑ στη Βαγδάτη.', 'ell'],
  ])('puts %s first', (_title, text, expected) => {
    expect(rankLanguages(text, everything)[0]![0]).toBe(expected)
  })

  it.each([
    ['an empty text', ''],
    ['a text under the floor', 'Hello'],
    ['digits and punctuation', '12:00, 2019-12-31!'],
  ])('returns und for %s', (_title, text) => {
    expect(rankLanguages(text, everything)).toEqual([['und', 1]])
  })

  it('returns und when `only` leaves no language of the script', () => {
    expect(rankLanguages('Hundreds of protesters gathered near the embassy.', {...everything, only: ['rus']})).toEqual([['und', 1]])
  })

  it('gives the same ranking and scores as franc-min on its own test texts', () => {
    const text = 'Die Demonstranten versammelten sich vor der Botschaft und forderten den Abzug der Truppen aus dem Land.'
    expect(rankLanguages(text, everything)).toEqual(francAll(text))
    expect(rankLanguages(text, {only: ['deu', 'nld', 'eng'], ignore: ['nld'], minLength: 0})).toEqual(francAll(text, {only: ['deu', 'nld', 'eng'], ignore: ['nld'], minLength: 0}))
  })

  it('gives the same ranking and scores as franc-min on arbitrary text', () => {
    const letters = fc.constantFrom(...'aeioustnrlhdcmwfgypbvkjxqzéèàüöäßçñøåłśžčšığ ,.!?-\'"’0123456789\nабвгдеёжзийклмнопрстуфхцчшщьыэюяіїєاأبتثجحخدرسشعفقلمنهوي'.split(''))
    fc.assert(
      fc.property(fc.array(letters, {maxLength: 300}).map((list) => list.join('')), fc.integer({min: 0, max: 20}), (text, minLength) => {
        expect(rankLanguages(text, {only: [], ignore: [], minLength})).toEqual(francAll(text, {minLength}))
      }),
      {numRuns: 300},
    )
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        expect(rankLanguages(text, everything)).toEqual(francAll(text))
      }),
      {numRuns: 300},
    )
  })
})
