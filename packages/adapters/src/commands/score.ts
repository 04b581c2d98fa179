import type {CommandIo} from '../cli'
import {DriftlensError} from '../errors'

/** `driftlens score`: not yet implemented. */
export async function runScore(_args: readonly string[], _io: CommandIo): Promise<number> {
  throw new DriftlensError('ERR_USAGE', '`score` is not implemented yet')
}
