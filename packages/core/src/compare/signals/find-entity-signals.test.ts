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
    ['The G7 leaders met.', 'The leaders of the Group of Seven met.', []],
    ['Temperatures reach 30 °C today.', 'Temperatures reach 30 degrees Celsius today.', []],
    ['It costs 1 000 Kč.', 'It costs CZK 1,000.', []],
    // A headline in title case: its capitals say nothing, only known names and acronyms count.
    ['Munich Beat Chelsea Again In Friendly', 'Munich beat the Londoners again in a friendly', ['info Chelsea→Londoners']],
    ['Shoppers Now Prefer Safety And Security Over Cheap Prices', 'Shoppers now want safety and security rather than cheapness', []],
    ['Regional Court Upholds Expulsion Of Lawmaker From NATO Committee', 'Regional court upholds expulsion of lawmaker from the committee', ['warning NATO→']],
    ['The study came from NASA.', 'The study came from the National Aeronautics and Space Administration.', []],
    // An acronym inside a longer name meets the expansion with the same words after it.
    ['The film is by a group at NASA Goddard.', 'The film is by the National Aeronautics and Space Administration Goddard group.', []],
    ['The film is by a group at NASA Goddard.', 'The film is by the National Oceanic and Atmospheric Administration Goddard group.', ['warning →National Oceanic', 'info →Atmospheric Administration Goddard']],
    ['(Laughter) Want to get away from the sound.', '(Laughter) You had better get away from the sound.', []],
    ['The G20 leaders met.', 'The leaders of the Group of Seven met.', ['error G20→Group of Seven']],
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
    // One name in two languages or transliterations: info, never a replacement.
    ['The train left Lissabon at noon.', 'The train left Lisboa at noon.', []],
    // Exonyms: one place in English, German or Czech.
    ['Floods hit Bavaria.', 'Floods hit Bayern.', []],
    ['Floods hit North Rhine-Westphalia.', 'Floods hit Nordrhein-Westfalen.', []],
    ['Masks are required in the Ústecký region.', 'Masks are required in the Ústí nad Labem Region.', []],
    ['Floods hit Bavaria.', 'Floods hit Saxony.', ['error Bavaria→Saxony']],
    ['The man from the Netherlands won.', 'The Dutchman won.', []],
    // A name described rather than named.
    ['The Bundestag voted on Friday.', 'The German parliament voted on Friday.', ['info Bundestag→German']],
    ['Iraqi officials met.', 'Syrian officials met.', ['error Iraqi→Syrian']],
    // A name kept in the source language, dropped by a translator who put it into English words.
    ['The crawl through the Kurstadt was cancelled.', 'The crawl through the spa town was cancelled.', ['warning Kurstadt→']],
    ['Gredová said so to the Deník.', 'Gredová said so to the newspaper.', ['info Deník→']],
    ['Prosecutors in Konstanz opened cases.', 'Prosecutors in Constance opened cases.', ['info Konstanz→Constance']],
    ['The team flew to Austria.', 'The team flew to Australia.', ['error Austria→Australia']],
    ['Kyjev will regain control.', 'Kiev will regain control.', []],
    ['He had been in the Republikaner before.', 'Before, he had been one of the Republicans.', ['info Republikaner→Republicans']],
    // Another form of the same stem, or the same word written as one or two.
    ['Farmers from Hodonínsko protested.', 'Farmers from the Hodonín area protested.', []],
    ['A party took place in Benešovsko.', 'A party took place in the Benešov region.', []],
    ['Police checked cars on the A 8 near Ulm.', 'Police checked cars on the A8 near Ulm.', []],
    ['The former Dortmunder scored.', 'The Former Dortmund player scored.', []],
    // A name shortened, with its particles, or only its designator gone.
    ['Born in Tokyo, Olivia de Havilland moved away.', 'Born in Tokyo, de Havilland moved away.', []],
    ['Fans of Lazio Rome celebrated.', 'Fans of Lazio celebrated.', ['info Lazio Rome→']],
    ['He sailed across the Atlantic Ocean.', 'He sailed across the Atlantic.', []],
    // Acronyms defined in brackets or spelled out in another language.
    ['ČTK reported it first.', 'The Czech Press Agency (ČTK) reported it first.', []],
    ['The ODS deputy spoke.', 'The deputy of the Civic Democratic Party spoke.', ['info ODS→Civic Democratic Party']],
    ['He met ODS members on Monday.', 'He met on Monday with the Civic Democrats.', ['info ODS→', 'info →Civic Democrats']],
    ['The ČSSD minister spoke.', 'The Czech Social Democratic Party minister spoke.', ['info ČSSD→Czech Social Democratic Party']],
    // Titles of works and slogans in quotation marks: their capitals are not names.
    ['They staged the play “The Homeland Dress” online.', 'They staged the play “Das Heimatkleid” online.', ['info Homeland Dress→', 'info →Das Heimatkleid']],
    // Abbreviations of common things and ranks are not names.
    ['He said so on TV.', 'He said so on television.', []],
    ['It was their first No.1 hit.', 'It was their first number one hit.', []],
    ['It costs 8.5 million EUR.', 'It costs 8.5 million euros.', []],
    ['Jana Černochová, an MP, spoke.', 'Jana Černochová spoke.', []],
    // A name kept in its own letters on one side and put in plain English on the other is a translation.
    ['She told the Večerník about it.', 'She told the Evening Paper about it.', ['info Večerník→Evening Paper']],
    // The same first letters, accents folded: likely one name in two languages, a warning, not an error.
    ['The fair opens in Sevilla today.', 'The fair opens in Seville today.', []],
    ['He lives in Grunwald now.', 'He lives in Grunfield now.', ['warning Grunwald→Grunfield']],
    ['He lives in Lenbach now.', 'He lives in Kerwald now.', ['error Lenbach→Kerwald']],
    // A body or place referred to by a noun on one side: weak evidence.
    ['The man wrote a letter to the Board.', 'The man wrote a letter to the committee.', ['info Board→']],
    ['The man wrote a letter to the Kovalenko Trust.', 'The man wrote a letter to the committee.', ['warning Kovalenko Trust→']],
    ['Five cases were found in the country.', 'Five cases were found in Iceland.', ['info →Iceland']],
    ['Five cases were found there.', 'Five cases were found in Iceland.', ['warning →Iceland']],
    ['The photos were published online.', 'The photos were published on the Internet.', []],
    // An office before a name is no name of its own.
    ['Douglas Casa, CEO of the institute, spoke.', 'Douglas Casa, who runs the institute, spoke.', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findEntitySignals, source, variant))).toEqual(expected)
  })

  it('makes a name dropped from the bead but named elsewhere in the other text info', () => {
    const sourceDocument = 'Olivia Smith moved to Paris in 1953.'
    const variantDocument = 'Olivia Smith was born in Tokyo.\n\nShe moved to Paris in 1953.'
    const source = {start: 0, end: sourceDocument.length, text: sourceDocument}
    const variantText = 'She moved to Paris in 1953.'
    const variant = {start: variantDocument.indexOf(variantText), end: variantDocument.length, text: variantText}
    expect(describeSignals(findEntitySignals(source, variant))).toEqual(['warning Olivia Smith→'])
    expect(describeSignals(findEntitySignals(source, variant, {source: sourceDocument, variant: variantDocument}))).toEqual(['info Olivia Smith→'])
    // Named nowhere else: still a warning.
    const alone = {source: sourceDocument, variant: variantText}
    expect(describeSignals(findEntitySignals(source, {...variant, start: 0, end: variantText.length}, alone))).toEqual(['warning Olivia Smith→'])
  })

  it('makes a name of words the texts also write in lowercase info', () => {
    const sourceDocument = 'The federal board decided it in May. Its executive committee met.'
    const variantDocument = 'The Federal Executive Committee had decided this in May. The board met.'
    const source = {start: 0, end: 36, text: sourceDocument.slice(0, 36)}
    const variant = {start: 0, end: 56, text: variantDocument.slice(0, 56)}
    expect(describeSignals(findEntitySignals(source, variant, {source: sourceDocument, variant: variantDocument}))).toEqual(['info →Federal Executive Committee'])
    // A name whose words the texts never write in lowercase stays a warning.
    const named = 'The Kovalenko Trust had decided this in May. The board met.'
    expect(describeSignals(findEntitySignals(source, {start: 0, end: 44, text: named.slice(0, 44)}, {source: sourceDocument, variant: named}))).toEqual(['warning →Kovalenko Trust'])
  })

  it('meets a name of common words written in lowercase in the plural', () => {
    const sourceDocument = 'He has worked in street graphic arts for years.'
    const variantDocument = 'He has worked in the Street Art world for years.'
    const source = {start: 0, end: sourceDocument.length, text: sourceDocument}
    const variant = {start: 0, end: variantDocument.length, text: variantDocument}
    expect(describeSignals(findEntitySignals(source, variant, {source: sourceDocument, variant: variantDocument}))).toEqual(['info →Street Art'])
  })

  it('reads names joined by `from` as one name spelling out an acronym of the other side', () => {
    expect(describeSignals(runDetector(findEntitySignals, 'Kalbitz expulsion from the AfD confirmed.', 'Kalbitz sacking from Alternative from Germany confirmed.'))).toEqual(['info AfD→', 'info →Alternative', 'info →Germany'])
  })
})
