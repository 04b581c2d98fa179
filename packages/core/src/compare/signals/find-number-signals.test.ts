import {describe, expect, it} from '@jest/globals'
import {findNumberSignals} from './find-number-signals'
import {describeSignals, runDetector} from './test-helpers'

describe('findNumberSignals', () => {
  it.each([
    ['The blast killed 14 people.', 'The blast killed 41 people.', ['error 14→41']],
    ['They laid off 1,200 workers.', 'They laid off 12,000 workers.', ['error 1,200→12,000']],
    ['Three officers were hurt.', 'Five officers were hurt.', ['error Three→Five']],
    ['Police held 12 suspects.', 'Police held suspects.', ['warning 12→']],
    ['Police held suspects.', 'Police held 12 suspects.', ['warning →12']],
    ['At least 25 people died.', '25 people died.', ['warning 25→25']],
    ['More than 300 came.', 'Over 300 came.', []],
    ['Turnout was 62.5 percent.', 'Turnout was 62.5%.', []],
    ['Some 300 people came.', 'About three hundred people came.', []],
    ['It killed 25 fighters.', 'Twenty-five fighters died.', []],
    ['It employs 1,200 people.', 'It employs 1200 people.', []],
    ['It cost $1.2 million.', 'It cost 1.2 million dollars.', []],
    ['It cost 5bn dollars.', 'It cost five billion dollars.', []],
    ['A dozen boats sank.', '12 boats sank.', []],
    ['three hundred and twenty-five votes', '325 votes', []],
    ['Hundreds of people came.', 'Thousands of people came.', ['error Hundreds→Thousands']],
    ['the largest one in years', 'the biggest in years', []],
    ['one of the men', 'two of the men', ['error one→two']],
    ['It happened on March 3, 2019.', 'It happened on March 3, 2019.', []],
    ['The vote is on May 3.', 'The vote is on May 4.', []],
    ['The 25-year-old man was held.', 'The man, aged 25, was held.', []],
    ['A 15,000-strong crowd gathered.', 'A crowd of 1,500 gathered.', ['error 15,000-strong→1,500']],
    ['COVID-19 spread.', 'COVID-19 spread.', []],
    ['They met after a three-hour debate.', 'They met after a debate of three hours.', []],
    ['a two-day visit', 'a three-day visit', ['error two-day→three-day']],
    ['It was a one-sided game.', 'It was an unequal game.', []],
    ['Lyon came from two goals down to beat Nantes 3-2.', 'Lyon beat Nantes 3-2 after trailing by two goals.', []],
    ['The strikes killed 25 fighters and wounded 55.', 'The strikes killed 55 fighters and wounded 25.', ['error 25→55']],
    ['The strikes killed at least 25 fighters and wounded 55.', 'At least 25 fighters were killed and 55 wounded in the strikes.', []],
    ['Two people were killed and 10 wounded.', 'Two people died and ten were injured.', []],
    ['The bill passed by 52 votes to 48.', 'The bill was approved 52-48.', []],
    ['The bill passed 52-48.', 'The bill passed 58-42.', ['error 52→58', 'error 48→42']],
    ['Scores of people were hurt.', 'Dozens of people were hurt.', []],
    ['', '', []],
  ])('compares %j with %j', (source, variant, expected) => {
    expect(describeSignals(runDetector(findNumberSignals, source, variant))).toEqual(expected)
  })
})
