// Runs a TypeScript file of the project in a process of its own, compiled file by file as it is
// required, with the project's SWC settings (as jest does): `node test/kit/typescript-process.js
// <file.ts>`. Tests that kill a process start one this way, without building the project first.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { transformSync } = require('@swc/core');
const process = require('node:process');

const swc = JSON.parse(readFileSync(join(__dirname, '..', '..', '.swcrc'), 'utf8'));
delete swc.$schema;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    ...swc,
    swcrc: false,
    filename,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

require(resolve(process.argv[2]));
