export { type ConfigFileReading, readConfigFile } from './config-file.ts';
export { editionOfPath, readEditions } from './editions.ts';
export { type DataSetReading, type ReadDataSetOptions, readDataSet } from './read-data-set.ts';
export { unreadFileIssues } from './unread-files.ts';
