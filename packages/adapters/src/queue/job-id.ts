/**
 * The BullMQ job id of a record. BullMQ refuses custom ids that look like
 * integers or contain `:`, both common in record ids, so the record id is
 * escaped (`%` → `%25`, `:` → `%3A`) behind a `r.` prefix: one record, one job
 * id, always the same, which is what makes re-adding a record a no-op.
 */
export function jobIdOf(recordId: string): string {
  return `r.${recordId.replace(/%/g, '%25').replace(/:/g, '%3A')}`
}
