// The corpus side of `cargo bench --bench loader`: `node time-driver.js DRIVER PROGRAM`
// runs a driver of this directory on PROGRAM and prints, on stderr, one JSON
// object: {"startup": ms to require() the program (null for asmcrypto.js, whose
// driver compiles the file itself), "total": ms until the driver is done}.
'use strict';
const path = require('path');
const [driver, program] = process.argv.slice(2).map((p) => path.resolve(p));
const t0 = process.hrtime.bigint();
const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
const own = driver.endsWith('asmcrypto.js.js');
if (!own) require(program);
const startup = own ? null : ms();
process.argv = [process.argv[0], driver, program];
process.on('exit', () => process.stderr.write(JSON.stringify({ startup, total: ms() }) + '\n'));
require(driver);
