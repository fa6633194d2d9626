// a float32 ray tracer (spheres over a checkered plane, shadows, mirror bounces) into a small RGB framebuffer, hashed per frame
// foreign-values: exposure
// run: render(0, 64, 48)
// run: pixel(32, 24)
// run: pixel(0, 0)
// run: pixel(63, 47)
// run: luminance()
// run: render(7, 64, 48)
// run: render(3, 16, 12)
// run: shoot(0.1, -0.2, 1)
// run: shoot(0, 1, 0)
// run: render(-2, 1000, 1000)
// run: render(1, 0, 0)
function M(stdlib, foreign, heap) {
  "use asm";

  var F32 = new stdlib.Float32Array(heap);
  var U8 = new stdlib.Uint8Array(heap);
  var fround = stdlib.Math.fround;
  var sqrt = stdlib.Math.sqrt;
  var floor = stdlib.Math.floor;
  var sin = stdlib.Math.sin;
  var cos = stdlib.Math.cos;
  var imul = stdlib.Math.imul;
  var exposure = +foreign.exposure;

  // The memory map: spheres of 8 floats (centre x y z, radius, red green
  // blue, mirror) at 0, the framebuffer's RGB bytes at FB.
  var SPHERES = 0;
  var FB = 1024;
  var MAXW = 96;
  var MAXH = 64;
  var PLANE = 8;

  var nSpheres = 0;
  var width = 0;
  var height = 0;
  var lumSum = 0.0;

  // The last hit: distance, what (sphere index, PLANE, -1 none).
  var hitT = fround(0);
  var hitK = -1;
  var lightX = fround(0);
  var lightY = fround(0);
  var lightZ = fround(0);
  var outR = fround(0);
  var outG = fround(0);
  var outB = fround(0);

  function dot(ax, ay, az, bx, by, bz) {
    ax = fround(ax);
    ay = fround(ay);
    az = fround(az);
    bx = fround(bx);
    by = fround(by);
    bz = fround(bz);
    return fround(fround(fround(ax * bx) + fround(ay * by)) + fround(az * bz));
  }

  function len3(x, y, z) {
    x = fround(x);
    y = fround(y);
    z = fround(z);
    return fround(sqrt(fround(dot(x, y, z, x, y, z))));
  }

  function sphere(i, cx, cy, cz, r, red, green, blue, mirror) {
    i = i | 0;
    cx = +cx;
    cy = +cy;
    cz = +cz;
    r = +r;
    red = +red;
    green = +green;
    blue = +blue;
    mirror = +mirror;
    var p = 0;
    p = (SPHERES + (i << 5)) | 0;
    F32[p >> 2] = cx;
    F32[(p + 4) >> 2] = cy;
    F32[(p + 8) >> 2] = cz;
    F32[(p + 12) >> 2] = r;
    F32[(p + 16) >> 2] = red;
    F32[(p + 20) >> 2] = green;
    F32[(p + 24) >> 2] = blue;
    F32[(p + 28) >> 2] = mirror;
  }

  // The scene of frame `frame`: three spheres orbit a big mirror sphere.
  function setup(frame) {
    frame = frame | 0;
    var a = 0.0, k = 0;
    a = +(frame | 0) * 0.3;
    sphere(0, 0.0, 0.0, 2.0, 1.0, 0.9, 0.9, 0.9, 0.6);
    for (k = 1; (k | 0) < 4; k = (k + 1) | 0) {
      sphere(k, 2.0 * +cos(a + +(k | 0) * 2.0944), -0.5, 2.0 + 2.0 * +sin(a + +(k | 0) * 2.0944), 0.5,
        (k | 0) == 1 ? 1.0 : 0.2, (k | 0) == 2 ? 1.0 : 0.2, (k | 0) == 3 ? 1.0 : 0.2, 0.1);
    }
    sphere(4, 0.0, 1.8 + 0.3 * +sin(a), 1.0, 0.3, 1.0, 0.8, 0.1, 0.0);
    nSpheres = 5;
    lightX = fround(-3.0 + +cos(a * 0.5));
    lightY = fround(5.0);
    lightZ = fround(-2.0);
  }

  // The nearest hit along the ray (unit direction); sets hitT and hitK.
  function intersect(ox, oy, oz, dx, dy, dz) {
    ox = fround(ox);
    oy = fround(oy);
    oz = fround(oz);
    dx = fround(dx);
    dy = fround(dy);
    dz = fround(dz);
    var i = 0, p = 0;
    var lx = fround(0), ly = fround(0), lz = fround(0), b = fround(0), c = fround(0);
    var disc = fround(0), s = fround(0), t = fround(0), r = fround(0);
    hitT = fround(1.0e30);
    hitK = -1;
    for (i = 0; (i | 0) < (nSpheres | 0); i = (i + 1) | 0) {
      p = (SPHERES + (i << 5)) | 0;
      lx = fround(ox - fround(F32[p >> 2]));
      ly = fround(oy - fround(F32[(p + 4) >> 2]));
      lz = fround(oz - fround(F32[(p + 8) >> 2]));
      r = fround(F32[(p + 12) >> 2]);
      b = fround(dot(lx, ly, lz, dx, dy, dz));
      c = fround(fround(dot(lx, ly, lz, lx, ly, lz)) - fround(r * r));
      disc = fround(fround(b * b) - c);
      if (disc < fround(0)) continue;
      s = fround(sqrt(disc));
      t = fround(fround(-b) - s);
      if (t < fround(0.001)) t = fround(s - b);
      if ((t > fround(0.001)) & (t < hitT)) {
        hitT = t;
        hitK = i;
      }
    }
    if (dy < fround(-0.000001)) {
      t = fround(fround(fround(-1.0) - oy) / dy);
      if ((t > fround(0.001)) & (t < hitT)) {
        hitT = t;
        hitK = PLANE;
      }
    }
    return (hitK | 0) >= 0 | 0;
  }

  // The colour seen along a ray into outR, outG, outB, up to 4 bounces.
  function trace(ox, oy, oz, dx, dy, dz) {
    ox = fround(ox);
    oy = fround(oy);
    oz = fround(oz);
    dx = fround(dx);
    dy = fround(dy);
    dz = fround(dz);
    var depth = 0, k = 0, p = 0, check = 0, shadow = 0;
    var w = fround(1), t = fround(0), px = fround(0), py = fround(0), pz = fround(0);
    var nx = fround(0), ny = fround(0), nz = fround(0), r = fround(0), inv = fround(0);
    var cr = fround(0), cg = fround(0), cb = fround(0), m = fround(0);
    var lx = fround(0), ly = fround(0), lz = fround(0), dist = fround(0), diff = fround(0);
    var hx = fround(0), hy = fround(0), hz = fround(0), spec = fround(0), lit = fround(0), dn = fround(0);
    outR = fround(0);
    outG = fround(0);
    outB = fround(0);
    for (depth = 0; (depth | 0) < 4; depth = (depth + 1) | 0) {
      if (!(intersect(ox, oy, oz, dx, dy, dz) | 0)) {
        // The sky: a gradient by height.
        t = fround(fround(0.3) + fround(fround(0.5) * dy));
        outR = fround(outR + fround(w * fround(t * fround(0.6))));
        outG = fround(outG + fround(w * fround(t * fround(0.7))));
        outB = fround(outB + fround(w * t));
        break;
      }
      k = hitK;
      t = hitT;
      px = fround(ox + fround(dx * t));
      py = fround(oy + fround(dy * t));
      pz = fround(oz + fround(dz * t));
      if ((k | 0) == (PLANE | 0)) {
        nx = fround(0);
        ny = fround(1);
        nz = fround(0);
        check = ((~~fround(floor(px))) + (~~fround(floor(pz)))) & 1;
        cr = check ? fround(0.9) : fround(0.15);
        cg = cr;
        cb = check ? fround(0.9) : fround(0.2);
        m = fround(0.25);
      } else {
        p = (SPHERES + (k << 5)) | 0;
        inv = fround(fround(1) / fround(F32[(p + 12) >> 2]));
        nx = fround(fround(px - fround(F32[p >> 2])) * inv);
        ny = fround(fround(py - fround(F32[(p + 4) >> 2])) * inv);
        nz = fround(fround(pz - fround(F32[(p + 8) >> 2])) * inv);
        cr = fround(F32[(p + 16) >> 2]);
        cg = fround(F32[(p + 20) >> 2]);
        cb = fround(F32[(p + 24) >> 2]);
        m = fround(F32[(p + 28) >> 2]);
      }
      // Step off the surface, then look for the light.
      px = fround(px + fround(nx * fround(0.001)));
      py = fround(py + fround(ny * fround(0.001)));
      pz = fround(pz + fround(nz * fround(0.001)));
      lx = fround(lightX - px);
      ly = fround(lightY - py);
      lz = fround(lightZ - pz);
      dist = fround(len3(lx, ly, lz));
      lx = fround(lx / dist);
      ly = fround(ly / dist);
      lz = fround(lz / dist);
      diff = fround(dot(nx, ny, nz, lx, ly, lz));
      shadow = 0;
      if (diff < fround(0)) diff = fround(0);
      else if (intersect(px, py, pz, lx, ly, lz) | 0) shadow = hitT < dist;
      spec = fround(0);
      if (shadow) diff = fround(0);
      else {
        hx = fround(lx - dx);
        hy = fround(ly - dy);
        hz = fround(lz - dz);
        r = fround(len3(hx, hy, hz));
        spec = fround(fround(dot(nx, ny, nz, hx, hy, hz)) / r);
        if (spec < fround(0)) spec = fround(0);
        spec = fround(spec * spec);
        spec = fround(spec * spec);
        spec = fround(spec * spec);
        spec = fround(spec * spec);
        spec = fround(spec * fround(0.6));
      }
      lit = fround(fround(0.1) + fround(fround(0.9) * diff));
      r = fround(w * fround(fround(1) - m));
      outR = fround(outR + fround(r * fround(fround(cr * lit) + spec)));
      outG = fround(outG + fround(r * fround(fround(cg * lit) + spec)));
      outB = fround(outB + fround(r * fround(fround(cb * lit) + spec)));
      w = fround(w * m);
      if (w < fround(0.02)) break;
      // Bounce: d - 2 (d . n) n from the hit point.
      dn = fround(fround(2) * fround(dot(dx, dy, dz, nx, ny, nz)));
      dx = fround(dx - fround(dn * nx));
      dy = fround(dy - fround(dn * ny));
      dz = fround(dz - fround(dn * nz));
      ox = px;
      oy = py;
      oz = pz;
    }
    return depth | 0;
  }

  function toByte(c) {
    c = fround(c);
    c = fround(sqrt(fround(c * fround(exposure / 3.75))));
    if (c > fround(1)) c = fround(1);
    if (c < fround(0)) c = fround(0);
    return ~~fround(fround(c * fround(255)) + fround(0.5)) | 0;
  }

  // Render frame `frame` at w x h (clamped to 96 x 64) from a camera at
  // (0, 0.6, -4); returns the FNV-1a hash of the RGB bytes.
  function render(frame, w, h) {
    frame = frame | 0;
    w = w | 0;
    h = h | 0;
    var x = 0, y = 0, p = 0, i = 0, hash = 0, bounces = 0;
    var dx = fround(0), dy = fround(0), dz = fround(0), n = fround(0), scale = fround(0);
    if ((w | 0) > (MAXW | 0)) w = MAXW;
    if ((h | 0) > (MAXH | 0)) h = MAXH;
    if ((w | 0) < 0) w = 0;
    if ((h | 0) < 0) h = 0;
    width = w;
    height = h;
    setup(frame);
    lumSum = 0.0;
    scale = fround(fround(1) / fround(((h | 0) > 0 ? h : 1) | 0));
    for (y = 0; (y | 0) < (h | 0); y = (y + 1) | 0) {
      for (x = 0; (x | 0) < (w | 0); x = (x + 1) | 0) {
        dx = fround(fround(fround(fround(x | 0) + fround(0.5)) - fround(fround(w | 0) * fround(0.5))) * scale);
        dy = fround(fround(fround(fround(h | 0) * fround(0.5)) - fround(fround(y | 0) + fround(0.5))) * scale);
        dz = fround(1.2);
        n = fround(len3(dx, dy, dz));
        bounces = (bounces + (trace(fround(0), fround(0.6), fround(-4), fround(dx / n), fround(dy / n), fround(dz / n)) | 0)) | 0;
        p = (FB + imul(imul(y, w) + x | 0, 3)) | 0;
        U8[p] = toByte(outR) | 0;
        U8[(p + 1) | 0] = toByte(outG) | 0;
        U8[(p + 2) | 0] = toByte(outB) | 0;
        lumSum = lumSum + 0.299 * +outR + 0.587 * +outG + 0.114 * +outB;
      }
    }
    hash = -2128831035;
    for (i = 0; (i | 0) < (imul(imul(w, h) | 0, 3) | 0); i = (i + 1) | 0) {
      hash = imul(hash ^ (U8[(FB + i) | 0] | 0), 16777619) | 0;
    }
    return (hash ^ bounces) | 0;
  }

  // The packed RGB of pixel (x, y) of the last frame, -1 outside it.
  function pixel(x, y) {
    x = x | 0;
    y = y | 0;
    var p = 0;
    if (((x | 0) < 0) | ((y | 0) < 0) | ((x | 0) >= (width | 0)) | ((y | 0) >= (height | 0))) return -1;
    p = (FB + imul(imul(y, width) + x | 0, 3)) | 0;
    return (U8[p] << 16) | (U8[(p + 1) | 0] << 8) | U8[(p + 2) | 0];
  }

  // The mean luminance of the last frame, before clamping.
  function luminance() {
    if (((width | 0) == 0) | ((height | 0) == 0)) return 0.0;
    return +(lumSum / +(imul(width, height) | 0));
  }

  // The distance to the first hit of one ray from the camera, or -1.
  function shoot(dx, dy, dz) {
    dx = +dx;
    dy = +dy;
    dz = +dz;
    var n = fround(0);
    n = fround(len3(fround(dx), fround(dy), fround(dz)));
    if (!(intersect(fround(0), fround(0.6), fround(-4), fround(fround(dx) / n), fround(fround(dy) / n), fround(fround(dz) / n)) | 0)) return fround(-1);
    return fround(hitT);
  }

  return { render: render, pixel: pixel, luminance: luminance, shoot: shoot };
}
