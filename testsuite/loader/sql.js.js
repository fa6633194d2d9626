// An SQL query with sql.js (SQLite in asm.js): `node sql.js.js PROGRAM` (sql-asm.js, or the loader's output of it).
'use strict';
const initSqlJs = require(require('path').resolve(process.argv[2]));
initSqlJs().then((SQL) => {
  const db = new SQL.Database();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)');
  const insert = db.prepare('INSERT INTO t (name, score) VALUES (?, ?)');
  for (let i = 0; i < 200; i++) insert.run(['n' + (i * 7919 % 200), Math.sin(i) * 100]);
  insert.free();
  const r = db.exec(`SELECT count(*), round(sum(score), 6), min(name), max(name),
    (SELECT group_concat(id, ',') FROM t WHERE score > 99) FROM t;
    SELECT name, printf('%.3f', score) FROM t WHERE name LIKE 'n1_' ORDER BY score DESC LIMIT 3;
    SELECT hex(zeroblob(2)), upper('straße'), length('日本語'), 1e308 * 10, 7 / 2, 7 % -3`);
  console.log(JSON.stringify(r));
});
