import { promises as fs } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Lock files are large and never client metadata; named explicitly, they are still linted. */
const SKIPPED_FILES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

/** A path the user named that cannot be read: printed as one line, exit code 2. */
export class InputPathError extends Error {}

/**
 * Expands the paths the user named into the files to lint. A named file is
 * linted whatever its folder; folders found while walking are skipped when
 * they are node_modules or VCS folders, so a named path inside node_modules
 * is still linted.
 */
export async function collectFiles(paths: readonly string[], cwd: string, extensions: readonly string[]): Promise<string[]> {
  const wanted = new Set(extensions);
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputPathError(code === 'ENOENT' ? `no such file or folder: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
    }
    if (stats.isDirectory()) await walk(absolute, files, wanted);
    else files.add(absolute);
  }
  return [...files].sort();
}

async function walk(folder: string, files: Set<string>, wanted: ReadonlySet<string>): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputPathError(`cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, files, wanted);
    } else if (entry.isFile() && wanted.has(extname(entry.name)) && !/\.d\.[mc]?ts$/.test(entry.name) && !SKIPPED_FILES.has(entry.name)) {
      files.add(path);
    }
  }
}

/**
 * Without @eslint/json, JSON files are left out; the count of those that
 * mention client metadata members tells the user what is not being linted.
 */
export async function withoutJsonFiles(files: readonly string[]): Promise<{ files: string[]; clientMetadata: number }> {
  const kept: string[] = [];
  let clientMetadata = 0;
  for (const file of files) {
    if (extname(file) !== '.json') {
      kept.push(file);
      continue;
    }
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    if (/"(?:grant_types|redirect_uris)"\s*:/.test(text)) clientMetadata++;
  }
  return { files: kept, clientMetadata };
}
