//! The host's `Math`: the ten functions an asm.js module imports from it,
//! giving V8's (Node 20, V8 11.3) results bit for bit.
//!
//! V8 computes all ten with its own C++ port of Sun's fdlibm
//! (`src/base/ieee754.cc`, FreeBSD msun's versions), which its interpreter
//! and its optimizing compilers all call. Three of its functions are not
//! the fdlibm 5.3 that the `fdlibm-rs` crate builds:
//!
//! - `pow`: the last step of fdlibm's `__ieee754_pow`, which evaluates
//!   `2^r` for the reduced argument `r = z + w` as
//!   `1 - ((z*t1/(t1-2) - (w + z*w)) - z)`, is in V8
//!   `1 - ((z*t1 / ((t1-2) - (w + z*w))) - z)`: the correction `w + z*w`
//!   went into the divisor. The result is as accurate, but a different
//!   double on about 2% of inputs. [`pow`] is fdlibm's algorithm with
//!   V8's last step.
//! - `atan2`: FreeBSD's `e_atan2.c`: when `|y/x| > 2^60` the result is
//!   `±(pi/2 + pi_lo/2)` whatever the sign of `x` (fdlibm 5.3 goes on to
//!   `pi - (z - pi_lo)` for negative `x`), and when `x < 0` and
//!   `|y/x| < 2^-60` the angle is taken as 0 (so `±pi`). The `libm` crate
//!   (musl) uses 2^64 for both limits. [`atan2`] is that algorithm, on
//!   fdlibm's `atan`.
//! - `exp`: `exp(1)` is special-cased to return `Math.E` (fdlibm's
//!   reduction gives the double above it).
//!
//! `sin cos tan asin acos atan log` and every other `exp` are the C fdlibm
//! of `fdlibm-rs` as it stands.

// The hexadecimal words of fdlibm's constants are how it publishes them.
#![allow(clippy::excessive_precision)]

/// The host's `Math` for the imported functions: `name` with `args` (one
/// argument, or two for `atan2(y, x)` and `pow(x, y)`), or `None` for a
/// name or arity that is not one of the ten.
///
/// Each gives V8's result bit for bit (NaN payloads aside): `sin cos tan
/// asin acos atan log` are Sun's fdlibm in C (the `fdlibm-rs` crate), which
/// V8's `ieee754.cc` ports; `exp` is the same with V8's `exp(1) = Math.E`;
/// `atan2` and `pow` are written here to V8's variants of fdlibm (see the
/// module's comment). `tests/math.rs` compares each of the ten with Node 20
/// on 337 special values (±0, ±Infinity, NaN, subnormals, ±1, integers,
/// half-integers, multiples of pi/4, the huge and the tiny, each with its
/// neighbours; every pair of them for `atan2` and `pow`) and 1,000,000
/// random inputs aimed at each algorithm's branches: 1,000,337 inputs per
/// one-argument function, 1,113,569 for `atan2` and `pow`, no difference,
/// in 1.3 s (`docs/semantics.md` has the details).
#[allow(unsafe_code)] // fdlibm's C functions: pure, reentrant, defined for every double
pub fn math(name: &str, args: &[f64]) -> Option<f64> {
    // SAFETY: each is a pure C function of doubles, with no state.
    Some(match (name, args) {
        ("acos", [x]) => unsafe { fdlibm_rs::acos(*x) },
        ("asin", [x]) => unsafe { fdlibm_rs::asin(*x) },
        ("atan", [x]) => atan(*x),
        ("cos", [x]) => unsafe { fdlibm_rs::cos(*x) },
        ("sin", [x]) => unsafe { fdlibm_rs::sin(*x) },
        ("tan", [x]) => unsafe { fdlibm_rs::tan(*x) },
        ("exp", [x]) => exp(*x),
        ("log", [x]) => unsafe { fdlibm_rs::log(*x) },
        ("atan2", [y, x]) => atan2(*y, *x),
        ("pow", [x, y]) => pow(*x, *y),
        _ => return None,
    })
}

#[allow(unsafe_code)]
fn atan(x: f64) -> f64 {
    // SAFETY: a pure C function of a double, with no state.
    unsafe { fdlibm_rs::atan(x) }
}

#[allow(unsafe_code)]
fn exp(x: f64) -> f64 {
    if x == 1.0 {
        return std::f64::consts::E;
    }
    // SAFETY: a pure C function of a double, with no state.
    unsafe { fdlibm_rs::exp(x) }
}

/// The high 32 bits of `x`, signed (sign, exponent, top 20 bits of the
/// fraction), as fdlibm reads them.
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The low 32 bits of `x`.
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

/// The double whose high and low words are `hi` and `lo`.
fn from_words(hi: i32, lo: u32) -> f64 {
    f64::from_bits((u64::from(hi as u32) << 32) | u64::from(lo))
}

/// `x` with its low word cleared: the head of a head-and-tail split.
fn head(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// `Math.atan2(y, x)`, as V8's port of FreeBSD's `e_atan2.c`.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2 as PI_O_2, FRAC_PI_4 as PI_O_4, PI};
    const PI_LO: f64 = 1.2246467991473531772e-16; // 0x3CA1A626 33145C07
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == 1.0 {
        return atan(y);
    }
    let (hx, hy) = (high(x), high(y));
    let (ix, iy) = (hx & 0x7fff_ffff, hy & 0x7fff_ffff);
    // Bit 0: y is negative; bit 1: x is negative.
    let m = u8::from(hy < 0) | (u8::from(hx < 0) << 1);
    if y == 0.0 {
        return match m {
            0 | 1 => y,
            2 => PI,
            _ => -PI,
        };
    }
    if x == 0.0 {
        return if hy < 0 { -PI_O_2 } else { PI_O_2 };
    }
    if x.is_infinite() {
        return match (y.is_infinite(), m) {
            (true, 0) => PI_O_4,
            (true, 1) => -PI_O_4,
            (true, 2) => 3.0 * PI_O_4,
            (true, _) => -3.0 * PI_O_4,
            (false, 0) => 0.0,
            (false, 1) => -0.0,
            (false, 2) => PI,
            (false, _) => -PI,
        };
    }
    if y.is_infinite() {
        return if hy < 0 { -PI_O_2 } else { PI_O_2 };
    }
    // The difference of the exponents (from the high words, as fdlibm does).
    let k = (iy - ix) >> 20;
    let (z, m) = if k > 60 {
        (PI_O_2 + 0.5 * PI_LO, m & 1)
    } else if hx < 0 && k < -60 {
        (0.0, m)
    } else {
        (atan((y / x).abs()), m)
    };
    match m {
        0 => z,
        1 => -z,
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}

/// `Math.pow(x, y)`: fdlibm's `__ieee754_pow` (log2 of `|x|` in extended
/// precision, times `y`, then `2^` of that), with V8's last step (the
/// module's comment). Its special cases are already JavaScript's: a NaN
/// exponent gives NaN, `(±1) ** ±Infinity` is NaN, `NaN ** ±0` is 1.
fn pow(x: f64, y: f64) -> f64 {
    const BP: [f64; 2] = [1.0, 1.5];
    const DP_H: [f64; 2] = [0.0, 5.84962487220764160156e-01]; // 0x3FE2B803 40000000
    const DP_L: [f64; 2] = [0.0, 1.35003920212974897128e-08]; // 0x3E4CFDEB 43CFD006
    const TWO53: f64 = 9007199254740992.0;
    const HUGE: f64 = 1.0e300;
    const TINY: f64 = 1.0e-300;
    // (3/2)(log(x) - 2s - (2/3)s^3) ~ L1 s^4 + ... + L6 s^14
    const L1: f64 = 5.99999999999994648725e-01; // 0x3FE33333 33333303
    const L2: f64 = 4.28571428578550184252e-01; // 0x3FDB6DB6 DB6FABFF
    const L3: f64 = 3.33333329818377432918e-01; // 0x3FD55555 518F264D
    const L4: f64 = 2.72728123808534006489e-01; // 0x3FD17460 A91D4101
    const L5: f64 = 2.30660745775561754067e-01; // 0x3FCD864A 93C9DB65
    const L6: f64 = 2.06975017800338417784e-01; // 0x3FCA7E28 4A454EEF
    // exp's rational approximation
    const P1: f64 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
    const P2: f64 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
    const P3: f64 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
    const P4: f64 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
    const P5: f64 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0
    const LG2: f64 = std::f64::consts::LN_2; // 0x3FE62E42 FEFA39EF
    const LG2_H: f64 = 6.93147182464599609375e-01; // 0x3FE62E43 00000000
    const LG2_L: f64 = -1.90465429995776804525e-09; // 0xBE205C61 0CA86C39
    const OVT: f64 = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + 0.5 ulp))
    const CP: f64 = 9.61796693925975554329e-01; // 0x3FEEC709 DC3A03FD = 2/(3 ln 2)
    const CP_H: f64 = 9.61796700954437255859e-01; // 0x3FEEC709 E0000000
    const CP_L: f64 = -7.02846165095275826516e-09; // 0xBE3E2FE0 145B01F5
    const IVLN2: f64 = std::f64::consts::LOG2_E; // 0x3FF71547 652B82FE = 1/ln 2
    const IVLN2_H: f64 = 1.44269502162933349609e+00; // 0x3FF71547 60000000
    const IVLN2_L: f64 = 1.92596299112661746887e-08; // 0x3E54AE0B F85DDF44

    let (hx, lx) = (high(x), low(x));
    let (hy, ly) = (high(y), low(y));
    let mut ix = hx & 0x7fff_ffff;
    let iy = hy & 0x7fff_ffff;

    if y == 0.0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }

    // For x < 0: 0 when y is not an integer, 1 when it is odd, 2 when even.
    let mut yisint = 0;
    if hx < 0 {
        if iy >= 0x4340_0000 {
            yisint = 2; // |y| >= 2^53: even
        } else if iy >= 0x3ff0_0000 {
            let e = (iy >> 20) - 0x3ff; // the exponent of y, 0..=52
            if e > 20 {
                let j = ly >> (52 - e);
                if j << (52 - e) == ly {
                    yisint = 2 - (j & 1) as i32;
                }
            } else if ly == 0 {
                let j = iy >> (20 - e);
                if j << (20 - e) == iy {
                    yisint = 2 - (j & 1);
                }
            }
        }
    }

    // Special exponents.
    if ly == 0 {
        if iy == 0x7ff0_0000 {
            // y is ±Infinity
            return if ix == 0x3ff0_0000 && lx == 0 {
                f64::NAN // (±1) ** ±Infinity
            } else if ix >= 0x3ff0_0000 {
                if hy >= 0 { y } else { 0.0 }
            } else if hy < 0 {
                -y
            } else {
                0.0
            };
        }
        if iy == 0x3ff0_0000 {
            return if hy < 0 { 1.0 / x } else { x };
        }
        if hy == 0x4000_0000 {
            return x * x;
        }
        if hy == 0x3fe0_0000 && hx >= 0 {
            return x.sqrt(); // y is 0.5 and x >= +0
        }
    }

    let mut ax = x.abs();
    // Special bases: ±0, ±Infinity, ±1.
    if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
        let mut z = if hy < 0 { 1.0 / ax } else { ax };
        if hx < 0 {
            if ix == 0x3ff0_0000 && yisint == 0 {
                z = f64::NAN; // (-1) ** non-integer
            } else if yisint == 1 {
                z = -z;
            }
        }
        return z;
    }

    if hx < 0 && yisint == 0 {
        return f64::NAN; // (negative) ** non-integer
    }
    let sign = if hx < 0 && yisint == 1 { -1.0 } else { 1.0 };

    // log2(|x|) as t1 + t2, t1 with its low word clear.
    let (t1, t2);
    if iy > 0x41e0_0000 {
        // |y| > 2^31
        if iy > 0x43f0_0000 {
            // |y| > 2^64: overflow or underflow, whatever x's sign
            if ix <= 0x3fef_ffff {
                return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
            }
            if ix >= 0x3ff0_0000 {
                return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
            }
        }
        // Overflow or underflow unless x is within 2^-20 of 1.
        if ix < 0x3fef_ffff {
            return if hy < 0 { sign * HUGE * HUGE } else { sign * TINY * TINY };
        }
        if ix > 0x3ff0_0000 {
            return if hy > 0 { sign * HUGE * HUGE } else { sign * TINY * TINY };
        }
        // log(x) by its series x - x^2/2 + x^3/3 - x^4/4 (t has 20 trailing zeros).
        let t = ax - 1.0;
        let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        let u = IVLN2_H * t;
        let v = t * IVLN2_L - w * IVLN2;
        t1 = head(u + v);
        t2 = v - (t1 - u);
    } else {
        let mut n: i32 = 0;
        if ix < 0x0010_0000 {
            // subnormal x
            ax *= TWO53;
            n -= 53;
            ix = high(ax);
        }
        n += (ix >> 20) - 0x3ff;
        let j = ix & 0x000f_ffff;
        // |x| scaled to [1, 2), and the interval: k = 0 below sqrt(3/2),
        // 1 below sqrt(3); above, halve it into [sqrt(3)/2, 1).
        ix = j | 0x3ff0_0000;
        let k: usize = if j <= 0x3988e {
            0
        } else if j < 0xbb67a {
            1
        } else {
            n += 1;
            ix -= 0x0010_0000;
            0
        };
        ax = from_words(ix, low(ax));

        // ss = s_h + s_l = (ax - bp) / (ax + bp)
        let u = ax - BP[k];
        let v = 1.0 / (ax + BP[k]);
        let ss = u * v;
        let s_h = head(ss);
        // t_h: ax + bp rounded to its high word
        let t_h = from_words(((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18), 0);
        let t_l = ax - (t_h - BP[k]);
        let s_l = v * ((u - s_h * t_h) - s_h * t_l);
        // log(ax)
        let s2 = ss * ss;
        let mut r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += s_l * (s_h + ss);
        let s2 = s_h * s_h;
        let t_h = head(3.0 + s2 + r);
        let t_l = r - ((t_h - 3.0) - s2);
        // u + v = ss * (1 + ...)
        let u = s_h * t_h;
        let v = s_l * t_h + t_l * ss;
        // 2/(3 log 2) * (ss + ...)
        let p_h = head(u + v);
        let p_l = v - (p_h - u);
        let z_h = CP_H * p_h;
        let z_l = CP_L * p_h + p_l * CP + DP_L[k];
        // log2(ax) = n + dp_h + z_h + z_l
        let t = f64::from(n);
        t1 = head(((z_h + z_l) + DP_H[k]) + t);
        t2 = z_l - (((t1 - t) - DP_H[k]) - z_h);
    }

    // y * log2(|x|) as p_h + p_l, with y split as y1 + (y - y1).
    let y1 = head(y);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let (j, i) = (high(z), low(z));
    if j >= 0x4090_0000 {
        // z >= 1024
        if ((j - 0x4090_0000) as u32 | i) != 0 || p_l + OVT > z - p_h {
            return sign * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z <= -1075
        if ((j as u32).wrapping_sub(0xc090_cc00) | i) != 0 || p_l <= z - p_h {
            return sign * TINY * TINY;
        }
    }

    // 2^(p_h + p_l) = 2^n * 2^r, |r| <= 0.5
    let i = j & 0x7fff_ffff;
    let mut e = (i >> 20) - 0x3ff;
    let mut n: i32 = 0;
    if i > 0x3fe0_0000 {
        // |z| > 0.5: n = [z + 0.5]
        n = j + (0x0010_0000 >> (e + 1));
        e = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = from_words(n & !(0x000f_ffff >> e), 0);
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - e);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    let t = head(p_l + p_h);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    // fdlibm: r = z*t1/(t1 - 2) - (w + z*w). V8 divides by the whole
    // difference instead; this is the V8 form.
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    let z = 1.0 - (r - z);
    let hz = high(z).wrapping_add(n << 20);
    let z = if hz >> 20 <= 0 {
        scalbn(z, n) // a subnormal result
    } else {
        from_words(hz, low(z))
    };
    sign * z
}

/// `x * 2^n`, rounded once (fdlibm's `scalbn`, for the subnormal results of
/// [`pow`]: `x` is near 1 and `n` below -1021).
fn scalbn(x: f64, n: i32) -> f64 {
    libm::scalbn(x, n)
}
