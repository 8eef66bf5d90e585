import { execFileSync } from 'node:child_process';

/**
 * When and from what the site was built, for the footer. Never the clock: the build must be
 * byte-identical for the same data and commit, so the date is pinned by the environment
 * (NPS_BUILD_DATE, or SOURCE_DATE_EPOCH as reproducible-builds.org defines it) or else taken from
 * the commit itself (its committer date). Without git and without a pinned date there is no date.
 */
export interface BuildInfo {
  /** YYYY-MM-DD, or null when nothing pins it. */
  date: string | null;
  /** The full commit hash, or null outside a git checkout. */
  commit: string | null;
}

export interface BuildEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  /** Runs git with these arguments and returns its trimmed output, or undefined when git fails. */
  git: (args: readonly string[]) => string | undefined;
}

export function readBuildInfo(environment: BuildEnvironment): BuildInfo {
  const { env, git } = environment;
  const commit = env.GITHUB_SHA?.trim() || git(['rev-parse', 'HEAD']) || null;
  return { commit: commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.toLowerCase() : null, date: pinnedDate(environment) };
}

function pinnedDate({ env, git }: BuildEnvironment): string | null {
  const explicit = env.NPS_BUILD_DATE?.trim();
  if (explicit && /^\d{4}-\d{2}-\d{2}/.test(explicit)) return explicit.slice(0, 10);
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  // %cs: the committer date as YYYY-MM-DD; the same commit always gives the same day.
  const committed = git(['log', '-1', '--format=%cs']);
  return committed && /^\d{4}-\d{2}-\d{2}$/.test(committed) ? committed : null;
}

/** The real environment: process.env and the git binary, run in `cwd`. */
export function nodeBuildEnvironment(cwd: string): BuildEnvironment {
  return {
    env: process.env,
    git: (args) => {
      try {
        return execFileSync('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      } catch {
        return undefined;
      }
    },
  };
}
