import type {DriftReport, Relation} from '@driftlens/core'
import {DriftlensError} from '../errors'

const relations: readonly Relation[] = ['identical', 'light-edit', 'paraphrase', 'retranslation', 'partial-reuse', 'independent', 'unrelated']

/** The measures a `--fail-on` comparison can read from a report. */
const measures: Readonly<Record<string, (report: DriftReport) => number | undefined>> = {
  drift: (report) => report.summary.drift,
  similarity: (report) => report.summary.similarity,
  'coverage-source': (report) => report.summary.coverage.source,
  'coverage-variant': (report) => report.summary.coverage.variant,
  signals: (report) => report.alignment.reduce((sum, bead) => sum + bead.signals.length, 0),
  artifacts: (report) => report.artifacts.length,
  chrf: (report) => report.summary.metrics?.whole.chrf,
  bleu: (report) => report.summary.metrics?.whole.bleu,
  ter: (report) => report.summary.metrics?.whole.ter,
}

const comparators = {
  '>': (value: number, limit: number) => value > limit,
  '>=': (value: number, limit: number) => value >= limit,
  '<': (value: number, limit: number) => value < limit,
  '<=': (value: number, limit: number) => value <= limit,
} as const

/** One condition of `--fail-on`: a relation, or a measure compared with a number. */
export type FailCondition =
  | {readonly type: 'relation'; readonly relation: Relation; readonly text: string}
  | {readonly type: 'measure'; readonly measure: string; readonly operator: keyof typeof comparators; readonly limit: number; readonly text: string}

/**
 * Parse `--fail-on` values: comma-separated relations (`retranslation,partial-reuse`)
 * or comparisons of a measure with a number (`drift>0.3`, `similarity<0.5`,
 * `artifacts>=1`). Throws a `DriftlensError` naming a term it cannot read.
 *
 * @param values The option's values (it may be repeated).
 * @returns The conditions.
 */
export function parseFailOn(values: readonly string[]): FailCondition[] {
  const conditions: FailCondition[] = []
  for (const term of values.flatMap((value) => value.split(',')).map((term) => term.trim())) {
    if (term === '') continue
    if ((relations as readonly string[]).includes(term)) {
      conditions.push({type: 'relation', relation: term as Relation, text: term})
      continue
    }
    const match = /^([a-z-]+)\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)$/.exec(term)
    if (!match || !(match[1]! in measures)) {
      throw new DriftlensError(
        'ERR_USAGE',
        `cannot read --fail-on \`${term}\`: expected a relation (${relations.join(', ')}) or a comparison such as drift>0.3 (measures: ${Object.keys(measures).join(', ')})`,
      )
    }
    conditions.push({type: 'measure', measure: match[1]!, operator: match[2] as keyof typeof comparators, limit: Number(match[3]), text: term})
  }
  return conditions
}

/**
 * The conditions a report meets (crosses the line on).
 *
 * @param report A report.
 * @param conditions From `parseFailOn`.
 * @returns The text of each condition met, in order; empty when the report passes.
 */
export function failedConditions(report: DriftReport, conditions: readonly FailCondition[]): string[] {
  return conditions
    .filter((condition) => {
      if (condition.type === 'relation') return report.summary.relation === condition.relation
      const value = measures[condition.measure]!(report)
      return value !== undefined && comparators[condition.operator](value, condition.limit)
    })
    .map((condition) => condition.text)
}
