// The sample site built once by global-setup.ts, for the tests that read it.
import { inject } from 'vitest';

/** dist/ of the sample site; throws the build's own output when the build failed. */
export function sampleDist(): string {
  const error = inject('sampleBuildError');
  if (error) throw new Error(`the sample site did not build:\n${error}`);
  return inject('sampleDist');
}
