// cellular automata on a torus: Life, HighLife, Seeds and Day & Night through a function table of rules, glider periodicity, and Wolfram's rule 30 and 110
// heap: 131072
// run: seed(0, 64, 64)
// run: run(100, 0)
// run: hash()
// run: seed(0, 64, 64)
// run: run(60, 1)
// run: seed(1, 16, 16)
// run: gliderReturns(64)
// run: gliderReturns(63)
// run: seed(2, 96, 96)
// run: run(120, 0)
// run: seed(0, 48, 32)
// run: run(30, 2)
// run: seed(0, 50, 50)
// run: run(80, 3)
// run: elementary(30, 64)
// run: elementary(110, 200)
// run: elementary(90, 0)
// run: seed(0, -1, 500)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var extinct = foreign.extinct;

  // The memory map (byte offsets): two grids of cells (0 or 1), row-major.
  var GRID_A = 0;
  var GRID_B = 16384;
  var SNAP = 32768;       // a copy for periodicity checks
  var ROW = 49152;        // the 1D automaton's two rows (2 x 512)
  var HIST = 50176;       // int32 population per generation, up to 1024
  var MAX = 128;

  var w = 0;
  var h = 0;
  var cur = 0;
  var seedV = 1;

  function rnd() {
    seedV = (imul(seedV, 69069) + 1) | 0;
    return (seedV >>> 8) | 0;
  }

  // ---- the rules: (alive, live neighbours) -> alive ------------------------------

  function life(a, n) {
    a = a | 0;
    n = n | 0;
    if (a) return (((n | 0) == 2) | ((n | 0) == 3)) | 0;
    return (n | 0) == 3 | 0;
  }
  function highLife(a, n) {
    a = a | 0;
    n = n | 0;
    if (a) return (((n | 0) == 2) | ((n | 0) == 3)) | 0;
    return (((n | 0) == 3) | ((n | 0) == 6)) | 0;
  }
  function seeds(a, n) {
    a = a | 0;
    n = n | 0;
    if (a) return 0;
    return (n | 0) == 2 | 0;
  }
  // B3678/S34678, by bit masks.
  function dayNight(a, n) {
    a = a | 0;
    n = n | 0;
    if (a) return (472 >> n) & 1;
    return (456 >> n) & 1;
  }

  function cell(g, x, y) {
    g = g | 0;
    x = x | 0;
    y = y | 0;
    // Wrap around the torus.
    if ((x | 0) < 0) x = (x + w) | 0;
    else if ((x | 0) >= (w | 0)) x = (x - w) | 0;
    if ((y | 0) < 0) y = (y + h) | 0;
    else if ((y | 0) >= (h | 0)) y = (y - h) | 0;
    return U8[(g + imul(y, w) + x) | 0] | 0;
  }

  function set(x, y) {
    x = x | 0;
    y = y | 0;
    U8[(cur + imul(y, w) + x) | 0] = 1;
  }

  // Kind 0: a random soup of density 3/8; 1: a glider; 2: an R-pentomino in
  // the middle. Returns the population.
  function seed(kind, gw, gh) {
    kind = kind | 0;
    gw = gw | 0;
    gh = gh | 0;
    var i = 0, n = 0, cx = 0, cy = 0;
    if ((gw | 0) < 4) gw = 4;
    if ((gh | 0) < 4) gh = 4;
    if ((gw | 0) > (MAX | 0)) gw = MAX;
    if ((gh | 0) > (MAX | 0)) gh = MAX;
    w = gw;
    h = gh;
    cur = GRID_A;
    seedV = (imul(gw, 1000) + gh) | 0;
    n = imul(w, h) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      U8[(cur + i) | 0] = (kind | 0) == 0 ? ((((rnd() | 0) >> 21) & 7) < 3) | 0 : 0;
    }
    cx = w >> 1;
    cy = h >> 1;
    if ((kind | 0) == 1) {
      set(1, 0);
      set(2, 1);
      set(0, 2);
      set(1, 2);
      set(2, 2);
    } else if ((kind | 0) == 2) {
      set(cx, (cy - 1) | 0);
      set((cx + 1) | 0, (cy - 1) | 0);
      set((cx - 1) | 0, cy);
      set(cx, cy);
      set(cx, (cy + 1) | 0);
    }
    return population() | 0;
  }

  function population() {
    var i = 0, n = 0, p = 0;
    n = imul(w, h) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) p = (p + (U8[(cur + i) | 0] | 0)) | 0;
    return p | 0;
  }

  // One generation under rule r into the other grid.
  function step(r) {
    r = r | 0;
    var x = 0, y = 0, n = 0, next = 0, row = 0, up = 0, down = 0, l = 0, rr = 0;
    next = (cur | 0) == (GRID_A | 0) ? GRID_B : GRID_A;
    for (y = 0; (y | 0) < (h | 0); y = (y + 1) | 0) {
      row = (cur + imul(y, w)) | 0;
      up = (cur + imul((y | 0) == 0 ? (h - 1) | 0 : (y - 1) | 0, w)) | 0;
      down = (cur + imul((y | 0) == ((h - 1) | 0) ? 0 : (y + 1) | 0, w)) | 0;
      for (x = 0; (x | 0) < (w | 0); x = (x + 1) | 0) {
        if (((x | 0) == 0) | ((x | 0) == ((w - 1) | 0))) {
          // The edges wrap: take the slow path.
          n = ((cell(cur, (x - 1) | 0, (y - 1) | 0) | 0) + (cell(cur, x, (y - 1) | 0) | 0) +
            (cell(cur, (x + 1) | 0, (y - 1) | 0) | 0) + (cell(cur, (x - 1) | 0, y) | 0) +
            (cell(cur, (x + 1) | 0, y) | 0) + (cell(cur, (x - 1) | 0, (y + 1) | 0) | 0) +
            (cell(cur, x, (y + 1) | 0) | 0) + (cell(cur, (x + 1) | 0, (y + 1) | 0) | 0)) | 0;
        } else {
          l = (x - 1) | 0;
          rr = (x + 1) | 0;
          n = ((U8[(up + l) | 0] | 0) + (U8[(up + x) | 0] | 0) + (U8[(up + rr) | 0] | 0) +
            (U8[(row + l) | 0] | 0) + (U8[(row + rr) | 0] | 0) +
            (U8[(down + l) | 0] | 0) + (U8[(down + x) | 0] | 0) + (U8[(down + rr) | 0] | 0)) | 0;
        }
        U8[(next + imul(y, w) + x) | 0] = rules[r & 3](U8[(row + x) | 0] | 0, n) | 0;
      }
    }
    cur = next;
  }

  // n generations under rule r; the population history goes to HIST.
  // Returns the final population (the foreign `extinct` hears when it dies).
  function run(n, r) {
    n = n | 0;
    r = r | 0;
    var g = 0, p = 0;
    if ((n | 0) > 1024) n = 1024;
    for (g = 0; (g | 0) < (n | 0); g = (g + 1) | 0) {
      step(r);
      p = population() | 0;
      H32[(HIST + (g << 2)) >> 2] = p;
      if ((p | 0) == 0) {
        extinct(g | 0);
        break;
      }
    }
    return p | 0;
  }

  function hash() {
    var i = 0, n = 0, x = 0;
    x = -2128831035;
    n = imul(w, h) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) x = imul(x ^ (U8[(cur + i) | 0] | 0), 16777619) | 0;
    return x | 0;
  }

  // Does the grid come back to itself, shifted diagonally by gens / 4 cells,
  // after gens generations of Life? 1 or 0.
  function gliderReturns(gens) {
    gens = gens | 0;
    var x = 0, y = 0, d = 0, same = 1;
    for (y = 0; (y | 0) < (h | 0); y = (y + 1) | 0) {
      for (x = 0; (x | 0) < (w | 0); x = (x + 1) | 0) {
        U8[(SNAP + imul(y, w) + x) | 0] = U8[(cur + imul(y, w) + x) | 0] | 0;
      }
    }
    run(gens, 0) | 0;
    d = gens >> 2;
    for (y = 0; (y | 0) < (h | 0); y = (y + 1) | 0) {
      for (x = 0; (x | 0) < (w | 0); x = (x + 1) | 0) {
        if ((cell(cur, ((x + d) | 0) % (w | 0) | 0, ((y + d) | 0) % (h | 0) | 0) | 0) !=
          (U8[(SNAP + imul(y, w) + x) | 0] | 0)) same = 0;
      }
    }
    return same | 0;
  }

  // Wolfram's elementary automaton `rule` from one live cell in a row of
  // 257 (wrapping), for `gens` generations: the centre column's first 32
  // bits, folded with the final row's population.
  function elementary(rule, gens) {
    rule = rule | 0;
    gens = gens | 0;
    var i = 0, g = 0, from = 0, to = 0, l = 0, c = 0, r = 0, bits = 0, pop = 0;
    for (i = 0; (i | 0) < 257; i = (i + 1) | 0) U8[(ROW + i) | 0] = (i | 0) == 128;
    from = ROW;
    to = (ROW + 512) | 0;
    if ((gens | 0) > 500) gens = 500;
    for (g = 0; (g | 0) < (gens | 0); g = (g + 1) | 0) {
      if ((g | 0) < 32) bits = bits | (U8[(from + 128) | 0] << g);
      for (i = 0; (i | 0) < 257; i = (i + 1) | 0) {
        l = U8[(from + ((i | 0) == 0 ? 256 : (i - 1) | 0)) | 0] | 0;
        c = U8[(from + i) | 0] | 0;
        r = U8[(from + ((i | 0) == 256 ? 0 : (i + 1) | 0)) | 0] | 0;
        U8[(to + i) | 0] = (rule >> ((l << 2) | (c << 1) | r)) & 1;
      }
      i = from;
      from = to;
      to = i;
    }
    for (i = 0; (i | 0) < 257; i = (i + 1) | 0) pop = (pop + (U8[(from + i) | 0] | 0)) | 0;
    return (bits ^ imul(pop, 65537)) | 0;
  }

  var rules = [life, highLife, seeds, dayNight];

  return { seed: seed, run: run, hash: hash, gliderReturns: gliderReturns, elementary: elementary };
}
