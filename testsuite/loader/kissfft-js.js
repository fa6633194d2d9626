// An FFT with kissfft-js: `node kissfft-js.js PROGRAM` (KissFFT.js, or the loader's output of it).
'use strict';
const KissFFT = require(require('path').resolve(process.argv[2]));
const m = KissFFT({});
const n = 64;
const cfg = m._kiss_fft_alloc(n, 0, 0, 0);
const inp = m._malloc(n * 16), out = inp + n * 8;
const cin = new Float32Array(m.HEAPU8.buffer, inp, n * 2);
const cout = new Float32Array(m.HEAPU8.buffer, out, n * 2);
for (let i = 0; i < n; i++) cin[2 * i] = Math.sin(2 * Math.PI * 5 * i / n) + 0.5 * Math.cos(2 * Math.PI * 12 * i / n);
m._kiss_fft(cfg, inp, out);
const mags = [];
for (let i = 0; i < n / 2; i++) mags.push(Math.hypot(cout[2 * i], cout[2 * i + 1]).toFixed(4));
console.log(mags.join(' '));
