import packageJson from '../../package.json' with {type: 'json'}

/** The version of `@driftlens/adapters`, read from its package.json at build time. */
export const version: string = packageJson.version
