// SHA-512 and BLAKE2b of a string with libsodium's Emscripten build:
// `node libsodium.js PROGRAM` (libsodium.js, or the loader's output of it).
'use strict';
const s = require(require('path').resolve(process.argv[2]));
const text = Buffer.from('The quick brown fox jumps over the lazy dog');
const inp = s._malloc(text.length), out = s._malloc(64);
s.HEAPU8.set(text, inp);
s._crypto_hash(out, inp, text.length, 0);
console.log('sha512', Buffer.from(s.HEAPU8.subarray(out, out + 64)).toString('hex'));
s._crypto_generichash(out, 32, inp, text.length, 0, 0, 0);
console.log('blake2b-256', Buffer.from(s.HEAPU8.subarray(out, out + 32)).toString('hex'));
