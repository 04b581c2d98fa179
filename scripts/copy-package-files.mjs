// Run by each package's `prepack`: copies the repository's LICENSE and the docs its readme links to
// (every `docs/<name>.md` it names) into the package folder, so the tarball holds them.
//
//   node ../../scripts/copy-package-files.mjs   (from a package folder)
import {copyFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

const packageDir = process.cwd()
const root = resolve(packageDir, '..', '..')
copyFileSync(join(root, 'LICENSE'), join(packageDir, 'LICENSE'))
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8')
const linked = [...new Set([...readme.matchAll(/\bdocs\/([\w.-]+\.md)\b/g)].map((match) => match[1]))]
mkdirSync(join(packageDir, 'docs'), {recursive: true})
for (const name of linked) {
  const file = join(root, 'docs', name)
  if (!existsSync(file)) {
    console.error(`copy-package-files: the readme of ${packageDir} links to docs/${name}, which does not exist`)
    process.exit(1)
  }
  copyFileSync(file, join(packageDir, 'docs', name))
}
console.log(`copy-package-files: LICENSE and ${linked.length} docs into ${packageDir}`)
