/** Stable codes of the errors the adapters raise. */
export type DriftlensErrorCode =
  | 'ERR_USAGE'
  | 'ERR_FILE_NOT_FOUND'
  | 'ERR_FILE_UNREADABLE'
  | 'ERR_FILE_BINARY'
  | 'ERR_INPUT'

/**
 * An error an adapter raises about its input or its invocation, with a stable
 * `code`. The CLI prints its message on one line and exits 2.
 */
export class DriftlensError extends Error {
  readonly code: DriftlensErrorCode

  constructor(code: DriftlensErrorCode, message: string) {
    super(message)
    this.name = 'DriftlensError'
    this.code = code
  }
}
