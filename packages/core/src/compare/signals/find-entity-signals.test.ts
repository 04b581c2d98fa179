import {describe, expect, it} from '@jest/globals'
import {findEntitySignals} from './find-entity-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findEntitySignals', () => {
  it.each([
    ['The summit is in Paris.', 'The summit is in Berlin.', ['error Paris→Berlin']],
    ['Reuters reported the deal.', 'The Associated Press reported the deal.', ['error Reuters→Associated Press']],
    ['Officials from Japan and South Korea came.', 'Officials from Japan came.', ['warning South Korea→']],
    ['The minister resigned.', 'The minister resigned, CNN said.', ['warning →CNN']],
    ['New York voted.', 'New Jersey voted.', ['error New York→New Jersey']],
    ['Fighters of Kataeb Hezbollah died.', 'Fighters of Kataib Hezbollah died.', []],
    ["Al Jazeera's Simona Foltyn said so.", 'Simona Foltyn of Al Jazeera said so.', []],
    ['The U.S. embassy was hit.', 'The United States embassy was hit.', []],
    ['US troops are in Iraq.', 'American troops are in Iraq.', []],
    ['The Iran-backed militia vowed revenge.', 'The militia, backed by Iran, vowed revenge.', []],
    ['The Iranian-backed group', 'the group backed by Iran', []],
    ['A Shia group in Iraq', 'A Shiite group in Iraq', []],
    ['Crowds gathered in Kiev.', 'Crowds gathered in Kyiv.', []],
    ['Muammar Gaddafi ruled Libya.', 'Muammar Qaddafi ruled Libya.', []],
    ['Vows of revenge', 'Vows of Revenge', []],
    ['Shouting loudly, the crowd left.', 'Screaming loudly, the crowd left.', []],
    ['President Donald Trump spoke.', 'Trump spoke.', []],
    ['Iran fired missiles.', 'Iraq fired missiles.', ['error Iran→Iraq']],
    ['The Constructor met us.', 'The Constructor met us.', []],
    ['Then Constructor spoke.', 'Then HasOwnProperty spoke.', ['error Constructor→HasOwnProperty']],
    ['The Pentagon said it would send troops.', 'The US Department of Defense said it would send troops.', []],
    ['Washington blamed Tehran for the attack.', 'The United States accused Iran of the attack.', []],
    ['Prime Minister Adil Abdul Mahdi spoke.', 'Iraqi Prime Minister Adil Abdul-Mahdi spoke.', []],
    ['The Bank of England raised rates.', 'The Bank of France raised rates.', ['error Bank of England→Bank of France']],
    ['The World Health Organization warned.', 'The WHO warned.', []],
    ['Fighters of the Popular Mobilization Forces', 'Fighters of the PMF', []],
    ['The WHO warned.', 'The IMF warned.', ['error WHO→IMF']],
    ['US troops left.', 'UK troops left.', ['error US→UK']],
    ['Iraqi officials met.', 'Syrian officials met.', ['error Iraqi→Syrian']],
    ['The talks ended.', 'Iraqi officials said the talks ended.', []],
    ['', '', []],
    ['Meanwhile, sales fell.', 'At Christmas, sales fell.', ['warning →Christmas']],
    ["I've seen it, he said.", 'He said he had seen it.', []],
    ["I'm sure the vote will pass.", 'The vote will pass, she said.', []],
    ['Shares of AMD fell.', 'Shares of the Sunnyvale, Calif., chipmaker fell.', ['info AMD→']],
    ['Snow fell in Khabarovsk Krai.', 'Snow fell in Khabarovsk Region.', []],
    ['The talks start at 6:30 PM.', 'The talks start at 18:30 in Prikuban.', ['warning →Prikuban']],
    ['Iran signed the NPT.', 'Iran signed the Nuclear Non-Proliferation Treaty.', []],
    ['They won the DFB-Pokal.', 'They won the DFB Cup.', []],
    ['Fans from Giesing came.', 'Fans from Giesinger came.', []],
    ['Corona spread fast.', 'The virus spread fast in St Louis.', ['warning Corona→', 'warning →St Louis']],
    ['Filip Djuričič scored.', 'Filip Đuričić scored.', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findEntitySignals, source, variant))).toEqual(expected)
  })
})
