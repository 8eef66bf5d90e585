// node:assert/strict for the web worker host, where Node built-ins do not exist: the browserify
// port of Node's assert (npm `assert`), which the web bundle substitutes for it. Same API, same
// AssertionError with actual/expected, so the tests are written once.
import legacy from 'assert';

const strict = legacy.strict;
export const { deepEqual, equal, fail, match, notEqual, ok, rejects } = strict;
export default strict;
