import type {CommandIo} from '../cli'
import {DriftlensError} from '../errors'

/** `driftlens compare`: not yet implemented. */
export async function runCompare(_args: readonly string[], _io: CommandIo): Promise<number> {
  throw new DriftlensError('ERR_USAGE', '`compare` is not implemented yet')
}
