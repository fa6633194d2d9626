// Hashes, a cipher and modular arithmetic with asmcrypto.js (five asm.js
// modules; its `asmCrypto` is a script global, so the file is compiled as
// a CommonJS module that exports it). `node asmcrypto.js.js PROGRAM`.
'use strict';
const fs = require('fs'), path = require('path'), Module = require('module');
const file = path.resolve(process.argv[2]);
const m = new Module(file, module);
m.filename = file;
m.paths = Module._nodeModulePaths(path.dirname(file));
m._compile(fs.readFileSync(file, 'utf8') + '\n;module.exports = asmCrypto;\n', file);
const a = m.exports;
const text = a.string_to_bytes('The quick brown fox jumps over the lazy dog');
console.log('sha1', a.bytes_to_hex(new a.Sha1().process(text).finish().result));
console.log('sha256', a.bytes_to_hex(new a.Sha256().process(text).finish().result));
console.log('sha512', a.bytes_to_hex(new a.Sha512().process(text).finish().result));
const key = a.hex_to_bytes('000102030405060708090a0b0c0d0e0f'), iv = new Uint8Array(16);
console.log('aes-cbc', a.bytes_to_hex(a.AES_CBC.encrypt(text, key, true, iv)));
const n = a.BigNumber.fromString('0xc4f8e9e15dcadf2b96c763d981006a644ffb4415030a16ed1283883340f2aa0e2be2be8fa60150b9046965837c3e7d151b7de237ebb957c20663898650f2f7d');
const d = a.BigNumber.fromString('0x123456789abcdef0fedcba9876543211');
console.log('bignum', n.multiply(n).toString(16), n.divide(d).remainder.toString(16));
