// A Lua snippet with lua.vm.js: `node lua.vm.js PROGRAM` (lua.vm.js, or the loader's output of it).
'use strict';
const lua = require(require('path').resolve(process.argv[2]));
const L = lua.L;
const out = L.execute(`
  local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
  local words = {}
  for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w:upper() end
  table.sort(words)
  return fib(20), table.concat(words, ","), string.format("%.10f", math.sin(1) * math.exp(2)), math.floor(7 / 2), 2^0.5
`);
console.log(out.map(String).join(' | '));
