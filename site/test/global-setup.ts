// Builds the sample site (data/) once for the whole end-to-end run: the overview, gallery, link,
// accessibility and determinism tests all read the same dist/, and a build takes seconds. A failed
// build is handed to those tests (sampleSite() throws it) rather than aborting the run, so the
// tests that do not need the sample (fixtures, workflows) still report.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './harness/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the sample data built at the base '/' with the pinned build date and commit. */
    sampleDist: string;
    /** The end of the build's output when it failed, '' when it succeeded. */
    sampleBuildError: string;
    sampleBuildSeconds: number;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const build = await buildSite({ data: 'data' });
  const failed = build.exitCode !== 0;
  const output = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n');
  console.log(`sample site ${failed ? 'FAILED to build' : 'built'} in ${build.seconds.toFixed(1)} s -> ${build.outDir}`);
  project.provide('sampleDist', build.outDir);
  project.provide('sampleBuildError', failed ? `${build.command} exited ${build.exitCode}\n${output}` : '');
  project.provide('sampleBuildSeconds', build.seconds);
  return () => rmSync(dirname(build.outDir), { recursive: true, force: true });
}
