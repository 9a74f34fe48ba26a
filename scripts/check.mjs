// npm run check, started fast: runs scripts/check.ts as one JavaScript file bundled by esbuild
// (plain node, no TypeScript loader, no thousand module look-ups). The bundle lives in
// node_modules/.cache/kleve-check/ and is made again when any file it was made from or the
// installed packages change. Arguments as for scripts/check.ts: [root] [--release].
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const code = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = join(code, 'node_modules/.cache/kleve-check');
const manifest = join(dir, 'check.json');

/** npm's record of the installed packages: the bundle contains them. */
const INSTALLED = 'node_modules/.package-lock.json';

/** Hash of the files (relative to the code folder) a bundle was made from; a missing file counts as empty. */
function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(existsSync(join(code, file)) ? readFileSync(join(code, file)) : '').update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bundle's file name when it is still current, else undefined. */
function currentBundle() {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifest, 'utf8'));
    return hashOf(inputs) === hash ? `check-${hash}.mjs` : undefined;
  } catch {
    return undefined;
  }
}

/** Bundles scripts/check.ts (packages included, Typst's native compiler left outside). */
async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `check-${process.pid}.tmp.mjs`);
  const { metafile } = await build({
    absWorkingDir: code,
    entryPoints: ['scripts/check.ts'],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['@myriaddreamin/*'],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'error',
  });
  const inputs = [...Object.keys(metafile.inputs).filter((f) => !f.includes('node_modules/')), INSTALLED].sort();
  const hash = hashOf(inputs);
  const name = `check-${hash}.mjs`;
  renameSync(tmp, join(dir, name));
  writeFileSync(`${manifest}.${process.pid}`, JSON.stringify({ inputs, hash }));
  renameSync(`${manifest}.${process.pid}`, manifest);
  for (const old of readdirSync(dir)) if (/^check-[0-9a-f]+\.mjs$/.test(old) && old !== name) rmSync(join(dir, old), { force: true });
  return name;
}

const name = currentBundle() ?? (await bundle());
await import(pathToFileURL(join(dir, name)).href);
