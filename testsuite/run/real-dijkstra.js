// shortest paths on a generated terrain grid: Dijkstra and A* (heuristics through a function table) over an indexed binary heap with decrease-key
// heap: 524288
// run: grid(64, 64, 1, 20)
// run: shortest(0, 0, 63, 63, 0)
// run: expanded()
// run: pathHash()
// run: shortest(0, 0, 63, 63, 1)
// run: expanded()
// run: pathHash()
// run: shortest(63, 0, 0, 63, 2)
// run: shortest(5, 5, 5, 5, 0)
// run: shortest(-1, 0, 10, 10, 0)
// run: grid(128, 128, 7, 30)
// run: shortest(0, 0, 127, 127, 1)
// run: pathHash()
// run: grid(40, 40, 9, 60)
// run: shortest(0, 0, 39, 39, 0)
// run: grid(128, 100, 3, 0)
// run: shortest(127, 99, 0, 0, 3)
// run: grid(0, 0, 1, 10)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H16 = new stdlib.Int16Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var unreachable = foreign.unreachable;

  // The memory map (byte offsets); per-cell arrays are indexed by y * w + x.
  var COST = 0;          // uint8 cost of entering a cell, 0 for a wall
  var DIST = 16384;      // int32 best distance so far
  var PREV = 81920;      // int32 predecessor cell, -1 at the start
  var HEAP = 147456;     // int32 the binary heap of cells
  var POS = 212992;      // int32 a cell's index in HEAP, -1 never seen, -2 settled
  var KEY = 278528;      // int32 distance + heuristic
  var PATH = 344064;     // int16 x, y pairs from the target back to the start
  var MAX_W = 128;
  var MAX_H = 128;
  var INF = 0x3fffffff;

  var w = 0;
  var h = 0;
  var size = 0;
  var seed = 1;
  var popped = 0;
  var pathCells = 0;
  var target = 0;

  function rnd(n) {
    n = n | 0;
    seed = (imul(seed, 214013) + 2531011) | 0;
    return ((seed >>> 16) & 32767) % (n | 0) | 0;
  }

  // A terrain of costs 1..9 that rises smoothly in bands, with wallPct
  // percent of the cells walled.
  function grid(gw, gh, s, wallPct) {
    gw = gw | 0;
    gh = gh | 0;
    s = s | 0;
    wallPct = wallPct | 0;
    var x = 0, y = 0, c = 0, open = 0;
    if ((gw | 0) < 0) gw = 0;
    if ((gh | 0) < 0) gh = 0;
    if ((gw | 0) > (MAX_W | 0)) gw = MAX_W;
    if ((gh | 0) > (MAX_H | 0)) gh = MAX_H;
    w = gw;
    h = gh;
    seed = s;
    for (y = 0; (y | 0) < (h | 0); y = (y + 1) | 0) {
      for (x = 0; (x | 0) < (w | 0); x = (x + 1) | 0) {
        c = (1 + ((((x >> 3) + (y >> 2)) | 0) % 5 | 0) + (rnd(5) | 0)) | 0;
        if ((rnd(100) | 0) < (wallPct | 0)) c = 0;
        U8[(COST + imul(y, w) + x) | 0] = c;
        open = (open + ((c | 0) != 0)) | 0;
      }
    }
    return open | 0;
  }

  // ---- heuristics (admissible: every step costs at least 1) -------------------

  function hNone(cell) {
    cell = cell | 0;
    return 0;
  }
  function dx(cell) {
    cell = cell | 0;
    var d = 0;
    d = (((cell | 0) % (w | 0) | 0) - ((target | 0) % (w | 0) | 0)) | 0;
    return ((d | 0) < 0 ? (-d) | 0 : d) | 0;
  }
  function dy(cell) {
    cell = cell | 0;
    var d = 0;
    d = (((cell | 0) / (w | 0) | 0) - ((target | 0) / (w | 0) | 0)) | 0;
    return ((d | 0) < 0 ? (-d) | 0 : d) | 0;
  }
  function hManhattan(cell) {
    cell = cell | 0;
    return ((dx(cell) | 0) + (dy(cell) | 0)) | 0;
  }
  function hChebyshev(cell) {
    cell = cell | 0;
    var a = 0, b = 0;
    a = dx(cell) | 0;
    b = dy(cell) | 0;
    return ((a | 0) > (b | 0) ? a : b) | 0;
  }

  // ---- the indexed binary heap, ordered by KEY then by cell ----------------------

  function key(cell) {
    cell = cell | 0;
    return H32[(KEY + (cell << 2)) >> 2] | 0;
  }
  function before(a, b) {
    a = a | 0;
    b = b | 0;
    var ka = 0, kb = 0;
    ka = key(a) | 0;
    kb = key(b) | 0;
    return ((ka | 0) < (kb | 0)) | (((ka | 0) == (kb | 0)) & ((a | 0) < (b | 0)));
  }
  function place(i, cell) {
    i = i | 0;
    cell = cell | 0;
    H32[(HEAP + (i << 2)) >> 2] = cell;
    H32[(POS + (cell << 2)) >> 2] = i;
  }
  function at(i) {
    i = i | 0;
    return H32[(HEAP + (i << 2)) >> 2] | 0;
  }
  function siftUp(i) {
    i = i | 0;
    var cell = 0, parent = 0;
    cell = at(i) | 0;
    while ((i | 0) > 0) {
      parent = (i - 1) >> 1;
      if (!(before(cell, at(parent) | 0) | 0)) break;
      place(i, at(parent) | 0);
      i = parent;
    }
    place(i, cell);
  }
  function siftDown(i) {
    i = i | 0;
    var cell = 0, child = 0;
    cell = at(i) | 0;
    while (1) {
      child = ((i << 1) + 1) | 0;
      if ((child | 0) >= (size | 0)) break;
      if ((((child + 1) | 0) < (size | 0)) & (before(at((child + 1) | 0) | 0, at(child) | 0) | 0)) child = (child + 1) | 0;
      if (!(before(at(child) | 0, cell) | 0)) break;
      place(i, at(child) | 0);
      i = child;
    }
    place(i, cell);
  }
  function pop() {
    var top = 0;
    top = at(0) | 0;
    size = (size - 1) | 0;
    if ((size | 0) > 0) {
      place(0, at(size) | 0);
      siftDown(0);
    }
    H32[(POS + (top << 2)) >> 2] = -2;
    return top | 0;
  }

  // Lower cell's distance to d (pushing it when new).
  function relax(cell, from, d, mode) {
    cell = cell | 0;
    from = from | 0;
    d = d | 0;
    mode = mode | 0;
    var pos = 0;
    pos = H32[(POS + (cell << 2)) >> 2] | 0;
    if ((pos | 0) == -2) return;
    if ((d | 0) >= (H32[(DIST + (cell << 2)) >> 2] | 0)) return;
    H32[(DIST + (cell << 2)) >> 2] = d;
    H32[(PREV + (cell << 2)) >> 2] = from;
    H32[(KEY + (cell << 2)) >> 2] = (d + (heuristics[mode & 3](cell) | 0)) | 0;
    if ((pos | 0) == -1) {
      pos = size;
      size = (size + 1) | 0;
      place(pos, cell);
    }
    siftUp(pos);
  }

  // The cheapest path's cost from (sx, sy) to (tx, ty) (the start cell's
  // own cost not counted), -1 when there is none. Mode: 0 Dijkstra,
  // 1 A* Manhattan, 2 A* Chebyshev, 3 Dijkstra again.
  function shortest(sx, sy, tx, ty, mode) {
    sx = sx | 0;
    sy = sy | 0;
    tx = tx | 0;
    ty = ty | 0;
    mode = mode | 0;
    var i = 0, n = 0, cell = 0, x = 0, y = 0, d = 0, start = 0, c = 0;
    popped = 0;
    pathCells = 0;
    if (((sx | 0) < 0) | ((sy | 0) < 0) | ((sx | 0) >= (w | 0)) | ((sy | 0) >= (h | 0))) return -1;
    if (((tx | 0) < 0) | ((ty | 0) < 0) | ((tx | 0) >= (w | 0)) | ((ty | 0) >= (h | 0))) return -1;
    n = imul(w, h) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      H32[(DIST + (i << 2)) >> 2] = INF;
      H32[(POS + (i << 2)) >> 2] = -1;
    }
    start = (imul(sy, w) + sx) | 0;
    target = (imul(ty, w) + tx) | 0;
    if (!(U8[(COST + start) | 0] | 0)) U8[(COST + start) | 0] = 1;
    if (!(U8[(COST + target) | 0] | 0)) U8[(COST + target) | 0] = 1;
    size = 0;
    relax(start, -1, 0, mode);
    while ((size | 0) > 0) {
      cell = pop() | 0;
      popped = (popped + 1) | 0;
      if ((cell | 0) == (target | 0)) break;
      d = H32[(DIST + (cell << 2)) >> 2] | 0;
      x = (cell | 0) % (w | 0) | 0;
      y = (cell | 0) / (w | 0) | 0;
      for (i = 0; (i | 0) < 4; i = (i + 1) | 0) {
        switch (i | 0) {
          case 0: if ((x | 0) == 0) continue; c = (cell - 1) | 0; break;
          case 1: if ((x | 0) == ((w - 1) | 0)) continue; c = (cell + 1) | 0; break;
          case 2: if ((y | 0) == 0) continue; c = (cell - w) | 0; break;
          default: if ((y | 0) == ((h - 1) | 0)) continue; c = (cell + w) | 0;
        }
        if (!(U8[(COST + c) | 0] | 0)) continue;
        relax(c, cell, (d + (U8[(COST + c) | 0] | 0)) | 0, mode);
      }
    }
    d = H32[(DIST + (target << 2)) >> 2] | 0;
    if ((d | 0) == (INF | 0)) {
      unreachable(popped | 0);
      return -1;
    }
    // Walk back, storing the cells as int16 (x, y).
    for (cell = target; (cell | 0) != -1; cell = H32[(PREV + (cell << 2)) >> 2] | 0) {
      H16[(PATH + (pathCells << 2)) >> 1] = (cell | 0) % (w | 0) | 0;
      H16[(PATH + (pathCells << 2) + 2) >> 1] = (cell | 0) / (w | 0) | 0;
      pathCells = (pathCells + 1) | 0;
    }
    return d | 0;
  }

  function expanded() {
    return popped | 0;
  }

  // A hash of the last path, checking that it is connected and that its
  // costs add up to the distance; -1 when they do not.
  function pathHash() {
    var i = 0, x = 0, y = 0, px = 0, py = 0, hsh = 0, sum = 0, step = 0;
    hsh = pathCells;
    for (i = 0; (i | 0) < (pathCells | 0); i = (i + 1) | 0) {
      x = H16[(PATH + (i << 2)) >> 1] | 0;
      y = H16[(PATH + (i << 2) + 2) >> 1] | 0;
      if ((i | 0) > 0) {
        step = (((x - px) | 0) < 0 ? (px - x) | 0 : (x - px) | 0) + (((y - py) | 0) < 0 ? (py - y) | 0 : (y - py) | 0) | 0;
        if ((step | 0) != 1) return -1;
        sum = (sum + (U8[(COST + imul(py, w) + px) | 0] | 0)) | 0;
      }
      hsh = imul(hsh ^ ((x << 8) | y), 16777619) | 0;
      px = x;
      py = y;
    }
    if ((pathCells | 0) > 0) {
      if ((sum | 0) != (H32[(DIST + (target << 2)) >> 2] | 0)) return -1;
    }
    return hsh | 0;
  }

  var heuristics = [hNone, hManhattan, hChebyshev, hNone];

  return { grid: grid, shortest: shortest, expanded: expanded, pathHash: pathHash };
}
