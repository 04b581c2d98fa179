// The worker thread of `compareRecords` with `concurrency` > 1: it receives
// resolved records and sends back a report or the record's error.
import {parentPort, workerData} from 'node:worker_threads'
import type {CompareOptions} from '@driftlens/core'
import {RecordFailure, type ResolvedRecord} from './resolve-record'
import {runComparison} from './run-comparison'

const options = (workerData as {options: CompareOptions}).options

parentPort?.on('message', (message: {job: number; record: ResolvedRecord}) => {
  try {
    parentPort!.postMessage({job: message.job, report: runComparison(message.record, options)})
  } catch (error) {
    const recordError = error instanceof RecordFailure ? error.error : {code: 'ERR_COMPARE', message: error instanceof Error ? error.message : String(error)}
    parentPort!.postMessage({job: message.job, error: recordError})
  }
})
