/**
 * The config file's name in the data folder: core's CONFIG_FILE_NAME, repeated here because the
 * entry must hold no value from core. In the web bundle even one constant would have esbuild run
 * the initialisers of its module and of every module that one imports (zod schemas included) at
 * load. test/unit/config-file.test.ts checks that both names agree, as package.json's
 * activationEvents and yamlValidation must.
 */
export const CONFIG_FILE = 'nps.config.yaml';
