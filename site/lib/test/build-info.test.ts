import { describe, expect, it } from 'vitest';
import { readBuildInfo } from '../build-info.ts';

const SHA = '1b8f0a00f9161b8f0a00f9161b8f0a00f9161b8f';

describe('readBuildInfo', () => {
  it('pins the date and commit from the environment first', () => {
    const git = () => {
      throw new Error('git must not be needed');
    };
    expect(readBuildInfo({ env: { NPS_BUILD_DATE: '2026-11-02T10:00:00Z', GITHUB_SHA: SHA }, git })).toEqual({
      date: '2026-11-02',
      commit: SHA,
    });
    expect(readBuildInfo({ env: { SOURCE_DATE_EPOCH: '1780000000', GITHUB_SHA: SHA }, git }).date).toBe('2026-05-28');
  });

  it('falls back to the commit and its committer date, never the clock', () => {
    const git = (args: readonly string[]) => (args[0] === 'rev-parse' ? SHA : '2026-11-22');
    expect(readBuildInfo({ env: {}, git })).toEqual({ date: '2026-11-22', commit: SHA });
    expect(readBuildInfo({ env: {}, git: () => undefined })).toEqual({ date: null, commit: null });
  });
});
