// A bcrypt hash with twin-bcrypt's asm.js engine (its heap is 8 KiB, below
// one wasm page): `node twin-bcrypt.js PROGRAM` (twin-bcrypt.js, or the loader's output of it).
'use strict';
const bcrypt = require(require('path').resolve(process.argv[2]));
console.log(bcrypt.hashSync('correct horse battery staple', '$2y$06$abcdefghijklmnopqrstuu'));
console.log(bcrypt.compareSync('hunter2', bcrypt.hashSync('hunter2', '$2a$05$ABCDEFGHIJKLMNOPQRSTUu')));
