import {describe, expect, it} from '@jest/globals'
import {findTemporalSignals} from './find-temporal-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findTemporalSignals', () => {
  it.each([
    ['The strikes came on Sunday.', 'The strikes came on Monday.', ['error Sunday→Monday']],
    ['The vote is on March 3.', 'The vote is on May 3.', ['error March 3→May 3']],
    ['He was killed last week.', 'He was killed last year.', ['error last week→last year']],
    ['They stormed it this week.', 'They stormed it.', ['info this week→']],
    ['They stormed it.', 'They stormed it yesterday.', ['info →yesterday']],
    ['The law passed in 2019.', 'The law passed in 2018.', ['error 2019→2018']],
    ['It was signed on Dec. 31, 2019.', 'It was signed on December 31.', ['info Dec. 31, 2019→']],
    ['The militia had vowed Monday to retaliate for the strikes.', 'The militia vowed to retaliate for the strikes on Monday.', ['warning Monday→Monday']],
    ['The Iranian-backed Iraqi militia had vowed Monday to retaliate for the US military strikes.', 'The Iraqi militia backed by Iran promised to retaliate for US military attacks on Monday.', ['warning Monday→Monday']],
    ['Tuesday’s attempted storming came after the funerals.', 'The attempted storming on Tuesday came after the funerals.', []],
    ['He died in last week’s attack.', 'He died in an attack last week.', []],
    ['It was signed on December 31, 2019.', 'It was signed on 31 December 2019.', []],
    ['It was signed on 2019-12-31.', 'It was signed on December 31, 2019.', []],
    ['He left a week ago.', 'He left last week.', []],
    ['The police arrested three men on Friday.', 'Three men were arrested by the police on Friday.', []],
    ['So far there was no sign.', 'Until now there was no sign.', []],
    ['They may march in May.', 'They might march in May.', []],
    ['The decision is expected later this month.', 'A decision is expected by the end of the month.', []],
    ['The decision is expected later this month.', 'A decision is expected by the end of next month.', ['error later this month→the end of next month']],
    ['', '', []],
    ['The talks start at 6:30 PM.', 'The talks start at 18:30.', []],
    ['It happened around 13:25h on Sunday.', 'It happened at around 1:25 p.m. on Sunday.', []],
    ['The talks start at 6:30 PM.', 'The talks start at 19:30.', ['error 6:30 PM→19:30']],
    ['Doors open at 9 am.', 'Doors open at 9:00.', []],
    ['Shortly before 6 on Sunday morning, a driver called.', 'Shortly before 6 am on Sunday morning, a driver called.', []],
    ['The 1860s fans were happy.', '1860 fans were happy.', []],
    ['The record was set in the season 2017/18.', 'The record was set in the 2017/2018 season.', []],
    ['It was a hit in the winter of 1968/1969.', 'It was a hit in the winter of 1968/69.', []],
    ['The season was 2017/18.', 'The season was 2018/19.', ['error 2017/18→2018/19']],
    ['There were about 2000 people at the scene.', 'There were approximately 2,000 people at the scene.', []],
    ['On November first they race in Imola.', 'On November 1, they race in Imola.', []],
    ['The round is played between the 11th and 14th of September.', 'The round is played between September 11 and 14.', []],
    ['The round is played between the 11th and 14th of September.', 'The round is played between September 12 and 14.', ['error the 11th and 14th of September→September 12 and 14']],
    ['The square was cleared in the night before Sunday.', 'The square was cleared on Saturday night.', []],
    ['The square was cleared in the night before Sunday.', 'The square was cleared on Sunday night.', ['error the night before Sunday→Sunday']],
    ['Four died on the roads this weekend.', 'Four died on the roads at the weekend.', []],
    ['They played in Rome in September of last year.', 'They played in Rome last September.', []],
    ['Police reported it late Saturday evening.', 'The police reported late on Saturday evening.', []],
    ['A man broke into a stand in Rohrdorf (district Calw) on Thursday.', 'Rohrdorf: On Thursday, a man broke into a stand in Rohrdorf.', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findTemporalSignals, source, variant))).toEqual(expected)
  })
})
