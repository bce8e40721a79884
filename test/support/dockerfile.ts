import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * npm answers a stage's install from this machine's npm cache when it holds what the lockfile names,
 * as a build host's registry cache would, instead of asking the registry again about every package
 * (the lockfile has no tarball URLs, so `npm ci` reads each package's registry metadata). The
 * lockfile's versions and integrity hashes still decide what is installed; what is not in the cache
 * comes from the registry as before. A Dockerfile ENV of the same name would win.
 */
const REGISTRY_CACHE_ENV = { npm_config_prefer_offline: 'true' };

/**
 * The relay image's Dockerfile, read and carried out without Docker. This machine has no container
 * runtime and no registry for base images, so its stages run as the same commands in folders that
 * stand for each stage's file system: every stage starts empty (the base image's Node is the host's),
 * an absolute path inside a stage is that path under the stage's folder. Only the instructions the
 * file uses are known; any other one fails the parse, so a new instruction is never silently skipped.
 */

export type Instruction =
  | { kind: 'WORKDIR'; path: string }
  | { kind: 'COPY'; from?: string; sources: string[]; destination: string }
  | { kind: 'RUN'; command: string }
  | { kind: 'ENV'; values: Record<string, string> }
  | { kind: 'CMD'; argv: string[] }
  /** Image metadata and the run-time user: nothing to do in a staging folder. */
  | { kind: 'USER' | 'VOLUME' | 'EXPOSE' | 'HEALTHCHECK' | 'STOPSIGNAL'; text: string };

export interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

/** The Dockerfile's logical lines: comments dropped, backslash continuations joined. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push(pending + line);
    pending = '';
  }
  return lines;
}

function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, key, value] of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) values[key] = value.replace(/^"|"$/g, '');
  return values;
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const [keyword, ...rest] = line.split(/\s+/);
    const argument = line.slice(keyword.length).trim();
    if (keyword === 'FROM') {
      const match = /^(\S+)\s+AS\s+(\S+)$/i.exec(argument);
      if (!match) throw new Error(`Dockerfile: FROM without a stage name: ${line}`);
      stages.push({ base: match[1], name: match[2], instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile: ${keyword} before the first FROM`);
    switch (keyword) {
      case 'WORKDIR':
        stage.instructions.push({ kind: 'WORKDIR', path: argument });
        break;
      case 'COPY': {
        const flags = rest.filter((word) => word.startsWith('--'));
        const paths = rest.filter((word) => !word.startsWith('--'));
        for (const flag of flags) if (!/^--(from|chown)=/.test(flag)) throw new Error(`Dockerfile: COPY flag not carried out here: ${flag}`);
        const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
        stage.instructions.push({ kind: 'COPY', from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' });
        break;
      }
      case 'RUN':
        stage.instructions.push({ kind: 'RUN', command: argument });
        break;
      case 'ENV':
        stage.instructions.push({ kind: 'ENV', values: parseEnv(argument) });
        break;
      case 'CMD':
        stage.instructions.push({ kind: 'CMD', argv: JSON.parse(argument) as string[] });
        break;
      case 'USER':
      case 'VOLUME':
      case 'EXPOSE':
      case 'HEALTHCHECK':
      case 'STOPSIGNAL':
        stage.instructions.push({ kind: keyword, text: argument });
        break;
      default:
        throw new Error(`Dockerfile: instruction not carried out here: ${keyword}`);
    }
  }
  return stages;
}

/**
 * `.dockerignore` with Docker's rules for the patterns it uses: a path is excluded by the last
 * pattern that matches it or a parent folder; `!` re-includes; `**` spans folders; `*` stays within
 * one name.
 */
export function contextFilter(dockerignoreText: string): (path: string) => boolean {
  const rules = dockerignoreText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const glob = (include ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = glob
        .split('/')
        .map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?');
      return { pattern: new RegExp(`^${source}(?:/.*)?$`), include };
    });
  return (path) => {
    let excluded = false;
    for (const rule of rules) if (rule.pattern.test(path)) excluded = !rule.include;
    return excluded;
  };
}

/** Copies a context path into a stage as Docker does: a folder's contents, minus what the context leaves out. */
function copyFromContext(context: string, source: string, target: string, excluded: (path: string) => boolean): void {
  const from = join(context, source);
  if (!statSync(from).isDirectory()) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(from, target);
    return;
  }
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const inContext = relative(context, join(from, entry));
    if (excluded(inContext) || statSync(join(from, entry)).isDirectory()) continue;
    mkdirSync(dirname(join(target, entry)), { recursive: true });
    copyFileSync(join(from, entry), join(target, entry));
  }
}

export interface StagedImage {
  /** The last stage's file system: the image. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  cmd: string[];
}

/**
 * Carries out every stage of `dockerfile` with `context` as the build context into folders under
 * `staging` and describes the last stage (the image) for running it. As BuildKit does, a stage
 * starts once the stages it copies from are built, so stages that need nothing of each other (the
 * relay's compile and its production install) run at the same time. `log` is told each command a
 * stage ran, stage by stage in the Dockerfile's order, once every stage is built.
 */
export async function stageImage(context: string, dockerfile: string, staging: string, log: (line: string) => void): Promise<StagedImage> {
  const excluded = contextFilter(existsSync(join(context, '.dockerignore')) ? readFileSync(join(context, '.dockerignore'), 'utf8') : '');
  const stages = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  if (stages.length === 0) throw new Error('Dockerfile: no stage');
  const roots: Record<string, string> = {};
  const built: Record<string, Promise<StagedImage>> = {};
  const ran: Record<string, string[]> = {};

  const buildStage = async (stage: Stage): Promise<StagedImage> => {
    const root = roots[stage.name];
    const lines: string[] = (ran[stage.name] = []);
    let workdir = '/';
    const env: Record<string, string> = {};
    let cmd: string[] = [];
    const inStage = (path: string): string => join(root, path.startsWith('/') ? path : join(workdir, path));
    for (const step of stage.instructions) {
      switch (step.kind) {
        case 'WORKDIR':
          workdir = step.path.startsWith('/') ? step.path : join(workdir, step.path);
          mkdirSync(inStage(workdir), { recursive: true });
          break;
        case 'ENV':
          Object.assign(env, step.values);
          break;
        case 'CMD':
          cmd = step.argv;
          break;
        case 'COPY':
          for (const source of step.sources) {
            const into = step.destination.endsWith('/') ? join(inStage(step.destination), basename(source)) : inStage(step.destination);
            if (step.from) {
              await built[step.from];
              cpSync(join(roots[step.from], source), into, { recursive: true, verbatimSymlinks: true });
            } else {
              if (excluded(source)) throw new Error(`Dockerfile: COPY ${source} is left out of the context by .dockerignore`);
              copyFromContext(context, source, into, excluded);
            }
          }
          break;
        case 'RUN':
          // A shell command's absolute paths would reach the host's file system, not the stage's.
          if (/(^|[\s=])\//.test(step.command)) throw new Error(`Dockerfile: RUN with an absolute path cannot be staged: ${step.command}`);
          lines.push(`[${stage.name}] RUN ${step.command}`);
          {
            const command = run('sh', ['-c', step.command], { cwd: inStage(workdir), env: { ...process.env, ...REGISTRY_CACHE_ENV, ...env }, maxBuffer: 64 * 1024 * 1024 });
            // Nothing is typed into a build step.
            command.child.stdin?.end();
            await command;
          }
          break;
        default:
          break;
      }
    }
    return { root, workdir, env, cmd };
  };

  const earlier = new Set<string>();
  for (const stage of stages) {
    for (const step of stage.instructions) {
      if (step.kind === 'COPY' && step.from && !earlier.has(step.from)) throw new Error(`Dockerfile: COPY --from=${step.from} names no earlier stage`);
    }
    earlier.add(stage.name);
  }
  for (const stage of stages) {
    roots[stage.name] = join(staging, stage.name);
    mkdirSync(roots[stage.name], { recursive: true });
    built[stage.name] = buildStage(stage);
  }
  // Every stage settles before any failure is reported: no command keeps writing into the staging folders.
  const results = await Promise.allSettled(stages.map((stage) => built[stage.name]));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  for (const stage of stages) for (const line of ran[stage.name] ?? []) log(line);
  return (results.at(-1) as PromiseFulfilledResult<StagedImage>).value;
}
