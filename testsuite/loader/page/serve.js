// A tiny static file server for the loader's Chromium test: `node serve.js DIR`
// listens on a free port of 127.0.0.1, prints it, and serves DIR's files.
'use strict';
const http = require('http'), fs = require('fs'), path = require('path');
const dir = path.resolve(process.argv[2]);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const file = path.join(dir, path.normalize(decodeURIComponent(req.url.split('?')[0])));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(data);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
