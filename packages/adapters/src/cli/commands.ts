import {batchCommand} from './batch-command'
import type {Command} from './command'
import {compareCommand} from './compare-command'
import {findCommand} from './find-command'
import {indexCommand} from './index-command'
import {queueCommand} from './queue-command'
import {scoreCommand} from './score-command'
import {workerCommand} from './worker-command'

/** Every command of the `driftlens` CLI, in the order the help lists them. */
export const commands: readonly Command[] = [compareCommand, scoreCommand, batchCommand, indexCommand, findCommand, queueCommand, workerCommand]
