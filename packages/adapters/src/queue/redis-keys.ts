/**
 * The Redis keys driftlens keeps beside BullMQ's own for one queue. All share
 * the `{driftlens:<queue>}` hash tag, so they live in one slot of a cluster.
 */
export interface QueueKeys {
  /** List of record ids in the order they were added: the order of `queue results`. */
  readonly order: string
  /** Set of record ids ever added, so that adding a record twice keeps one place in `order`. */
  readonly seen: string
  /** Hash of record id → result JSON, written once (HSETNX): the idempotent sink. */
  readonly results: string
  /** Hash of source id → source text: the source store that `sourceId` resolves against. */
  readonly sources: string
}

/** The keys of queue `queue`. */
export function queueKeys(queue: string): QueueKeys {
  const base = `{driftlens:${queue}}`
  return {order: `${base}:order`, seen: `${base}:seen`, results: `${base}:results`, sources: `${base}:sources`}
}
