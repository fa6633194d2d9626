//! `asm2wasm run` of a WASI preview1 command (`docs/wasi.md`, "Running a
//! WASI command: the sandbox"): nothing granted but what `--dir` and
//! `--env` name, the command's exit status, the limits, the usage errors.
//! The commands are written here in WAT and assembled with wabt's
//! `wat2wasm` (Debian `wabt`; a missing `wat2wasm` fails the tests).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fresh directory for one test.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("asm2wasm-wasi-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What every test command shares: its imports, a memory, `$print`
/// (bytes to stdout) and `$print_num` (a decimal line). Bytes 0..16 are
/// `fd_write`'s iovec and count, 16..49 `$print_num`'s digits, 64..128 the
/// commands' own words, strings from 1024, scratch from 4096.
const PRELUDE: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $print (param $p i32) (param $n i32)
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (local.get $n))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func $print_num (param $n i32) (local $p i32) (local $neg i32)
    (local.set $p (i32.const 48))
    (i32.store8 (i32.const 48) (i32.const 10))
    (local.set $neg (i32.lt_s (local.get $n) (i32.const 0)))
    (if (local.get $neg) (then (local.set $n (i32.sub (i32.const 0) (local.get $n)))))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
      (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
      (br_if $digit (local.get $n)))
    (if (local.get $neg)
      (then
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (i32.store8 (local.get $p) (i32.const 45))))
    (call $print (local.get $p) (i32.sub (i32.const 49) (local.get $p))))
  ;; The length of the NUL-terminated string at $s.
  (func $strlen (param $s i32) (result i32) (local $n i32)
    (block $end
      (loop $next
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $s) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $n))
  ;; Each of the $count NUL-terminated strings the pointers at $vec point
  ;; to, on a line of its own.
  (func $print_lines (param $vec i32) (param $count i32) (local $i i32) (local $s i32) (local $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $s (i32.load (i32.add (local.get $vec) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $n (call $strlen (local.get $s)))
        (i32.store8 (i32.add (local.get $s) (local.get $n)) (i32.const 10))
        (call $print (local.get $s) (i32.add (local.get $n) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))
"#;

/// The command `body` (more module fields, `_start` among them) assembled
/// by `wat2wasm` into `dir/name`; its imports (one line each) go first.
fn command(dir: &Path, name: &str, body: &str) -> PathBuf {
    let wat = dir.join(format!("{name}.wat"));
    let wasm = dir.join(name);
    let (imports, rest): (Vec<&str>, Vec<&str>) =
        body.lines().partition(|l| l.trim_start().starts_with("(import "));
    let (imports, rest) = (imports.join("\n"), rest.join("\n"));
    std::fs::write(&wat, format!("(module\n{imports}{PRELUDE}{rest})\n")).unwrap();
    let out = Command::new("wat2wasm").arg(&wat).arg("-o").arg(&wasm).output().unwrap_or_else(|e| {
        panic!("cannot run `wat2wasm` ({e}): install wabt (Debian `wabt`; `scripts/test` installs it)")
    });
    assert!(out.status.success(), "wat2wasm {name}: {}", String::from_utf8_lossy(&out.stderr));
    wasm
}

/// `asm2wasm ARGS` with an empty stdin.
fn asm2wasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_asm2wasm")).args(args).stdin(Stdio::null()).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

const HELLO: &str = r#"
  (data (i32.const 1024) "hello, sandbox\n")
  (func (export "_start") (call $print (i32.const 1024) (i32.const 15)))
"#;

/// `fd_write` to stdout, `_start` returns: exit 0, stdout exactly that.
#[test]
fn hello_writes_stdout_and_exits_0() {
    let dir = temp_dir("hello");
    let wasm = command(&dir, "hello.wasm", HELLO);
    let out = asm2wasm(&["run", path(&wasm)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "hello, sandbox\n");
    assert_eq!(stderr(&out), "");
}

/// The arguments (the file name first, then those after `--`), a line
/// `--`, then the environment.
const ARGS_ENV: &str = r#"
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (data (i32.const 1024) "--\n")
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 64) (i32.const 68)))
    (drop (call $args_get (i32.const 4096) (i32.const 8192)))
    (call $print_lines (i32.const 4096) (i32.load (i32.const 64)))
    (call $print (i32.const 1024) (i32.const 3))
    (drop (call $environ_sizes_get (i32.const 64) (i32.const 68)))
    (drop (call $environ_get (i32.const 4096) (i32.const 8192)))
    (call $print_lines (i32.const 4096) (i32.load (i32.const 64))))
"#;

#[test]
fn args_are_the_file_name_and_those_after_dashes_env_only_what_is_given() {
    let dir = temp_dir("args");
    let wasm = command(&dir, "args.wasm", ARGS_ENV);
    let out = asm2wasm(&["run", path(&wasm), "--", "one", "two words", "-3", "--env"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "args.wasm\none\ntwo words\n-3\n--env\n--\n");
    let out = asm2wasm(&[
        "run",
        path(&wasm),
        "--env",
        "GREETING=hello world",
        "--env",
        "EMPTY=",
        "--",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "args.wasm\nx\n--\nGREETING=hello world\nEMPTY=\n");
    // The host's environment (PATH, HOME, ...) never reaches the command.
    let out = Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
        .args(["run", path(&wasm)])
        .env("ASM2WASM_WASI_LEAK", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "args.wasm\n--\n");
}

/// `proc_exit(n)` is the exit status of `asm2wasm run`; what follows it
/// never runs.
#[test]
fn proc_exit_is_the_exit_status() {
    let dir = temp_dir("exit");
    let wasm = command(
        &dir,
        "exit.wasm",
        r#"
  (data (i32.const 1024) "after\n")
  (func (export "_start")
    (call $proc_exit (i32.const 7))
    (call $print (i32.const 1024) (i32.const 6)))
"#,
    );
    let out = asm2wasm(&["run", path(&wasm)]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
}

/// A trap ends the run with exit 4 and the trap's message.
#[test]
fn a_trap_exits_4() {
    let dir = temp_dir("trap");
    let wasm = command(&dir, "trap.wasm", r#"(func (export "_start") unreachable)"#);
    let out = asm2wasm(&["run", path(&wasm)]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`trap.wasm` stopped: wasm trap: wasm `unreachable`"),
        "{}",
        stderr(&out)
    );
}

/// Prints the name of preopen fd 3 if there is one (`preopen NAME`), then
/// opens `argv[1]` for reading, relative to fd 3 as given (no libc between
/// it and `path_open`, so `..`, absolute paths and symlinks reach the
/// runtime itself), and prints the file; a failing `path_open` prints
/// `path_open errno N` and exits with `N`.
const OPEN: &str = r#"
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (data (i32.const 1024) "preopen ")
  (data (i32.const 1040) "path_open errno ")
  (data (i32.const 1060) "\n")
  (func (export "_start") (local $path i32) (local $e i32)
    (drop (call $args_sizes_get (i32.const 64) (i32.const 68)))
    (drop (call $args_get (i32.const 4096) (i32.const 8192)))
    (local.set $path (i32.load (i32.const 4100)))
    (if (i32.eqz (call $fd_prestat_get (i32.const 3) (i32.const 72)))
      (then
        (drop (call $fd_prestat_dir_name (i32.const 3) (i32.const 12288) (i32.load (i32.const 76))))
        (call $print (i32.const 1024) (i32.const 8))
        (call $print (i32.const 12288) (i32.load (i32.const 76)))
        (call $print (i32.const 1060) (i32.const 1))))
    ;; dirflags 1: follow symlinks; rights: fd_read (bit 1).
    (local.set $e (call $path_open (i32.const 3) (i32.const 1)
      (local.get $path) (call $strlen (local.get $path))
      (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 80)))
    (if (local.get $e)
      (then
        (call $print (i32.const 1040) (i32.const 16))
        (call $print_num (local.get $e))
        (call $proc_exit (local.get $e))))
    (i32.store (i32.const 88) (i32.const 16384))
    (i32.store (i32.const 92) (i32.const 4096))
    (drop (call $fd_read (i32.load (i32.const 80)) (i32.const 88) (i32.const 1) (i32.const 96)))
    (call $print (i32.const 16384) (i32.load (i32.const 96))))
"#;

/// WASI's errno for "bad file descriptor".
const EBADF: i32 = 8;

/// No `--dir`: no file at all. `--dir tmp::/data`: the directory's files,
/// and nothing outside it, by `..`, an absolute path or a symlink.
#[test]
fn the_sandbox_grants_only_the_dir_given() {
    const SECRET: &str = "TOP SECRET: the parent's file";
    let dir = temp_dir("sandbox");
    let wasm = command(&dir, "open.wasm", OPEN);
    let data = dir.join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("in.txt"), "granted contents\n").unwrap();
    std::fs::create_dir(data.join("sub")).unwrap();
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, SECRET).unwrap();
    std::os::unix::fs::symlink(&secret, data.join("link-abs.txt")).unwrap();
    std::os::unix::fs::symlink("../secret.txt", data.join("link-rel.txt")).unwrap();
    let grant = format!("{}::/data", path(&data));

    // Nothing granted: fd 3 does not exist.
    let out = asm2wasm(&["run", path(&wasm), "--", "in.txt"]);
    assert_eq!(stdout(&out), format!("path_open errno {EBADF}\n"), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(EBADF));

    // Granted: fd 3 is `/data`, and its file reads.
    let out = asm2wasm(&["run", path(&wasm), "--dir", &grant, "--", "in.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "preopen /data\ngranted contents\n");
    // The issue's spelling, one `:`, grants the same.
    let single = format!("{}:/data", path(&data));
    let out = asm2wasm(&["run", path(&wasm), "--dir", &single, "--", "in.txt"]);
    assert_eq!(stdout(&out), "preopen /data\ngranted contents\n", "{}", stderr(&out));
    // A symlink that stays inside is followed: the ones below fail for
    // where they lead, not for being symlinks.
    std::os::unix::fs::symlink("sub/../in.txt", data.join("link-in.txt")).unwrap();
    let out = asm2wasm(&["run", path(&wasm), "--dir", &grant, "--", "link-in.txt"]);
    assert_eq!(stdout(&out), "preopen /data\ngranted contents\n", "{}", stderr(&out));

    // Every way out fails, and the secret never shows.
    let escapes = [
        "../secret.txt".to_string(),
        "sub/../../secret.txt".to_string(),
        path(&secret).to_string(),
        "/data/../secret.txt".to_string(),
        "link-abs.txt".to_string(),
        "link-rel.txt".to_string(),
    ];
    let mut seen = Vec::new();
    for escape in &escapes {
        let out = asm2wasm(&["run", path(&wasm), "--dir", &grant, "--", escape]);
        let text = stdout(&out);
        assert!(!text.contains(SECRET), "{escape}: the secret leaked:\n{text}");
        let errno = text
            .strip_prefix("preopen /data\npath_open errno ")
            .and_then(|n| n.trim().parse::<i32>().ok())
            .unwrap_or_else(|| panic!("{escape}: not refused:\n{text}{}", stderr(&out)));
        assert_ne!(errno, 0);
        assert_eq!(out.status.code(), Some(errno), "{escape}");
        seen.push(format!("{escape}: errno {errno}"));
    }
    eprintln!("refused:\n  {}", seen.join("\n  "));
}

/// The limits of every run hold for a command: fuel and time end a loop
/// (exit 5), `--max-memory` makes `memory.grow` return -1.
#[test]
fn limits_hold_for_a_command() {
    let dir = temp_dir("limits");
    let spin = command(&dir, "spin.wasm", r#"(func (export "_start") (loop $l (br $l)))"#);
    let out = asm2wasm(&["run", path(&spin), "--fuel", "1000000"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("`spin.wasm` ran out of fuel"), "{}", stderr(&out));
    let started = std::time::Instant::now();
    let out = asm2wasm(&["run", path(&spin), "--timeout", "1"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("`spin.wasm` timed out"), "{}", stderr(&out));
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "{:?}", started.elapsed());

    // Grows its one page by 100 pages (6.4 MB) and prints what it got.
    let grow = command(
        &dir,
        "grow.wasm",
        r#"(func (export "_start") (call $print_num (memory.grow (i32.const 100))))"#,
    );
    let out = asm2wasm(&["run", path(&grow)]);
    assert_eq!(stdout(&out), "1\n", "{}", stderr(&out));
    let out = asm2wasm(&["run", path(&grow), "--max-memory", "1048576"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "-1\n");
    // A memory bigger than the limit from the start: refused before it runs.
    let out = asm2wasm(&["run", path(&grow), "--max-memory", "1024"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

/// Flags for an asm.js module used with a command, and `--dir`/`--env`
/// used with an asm.js module, are usage errors (exit 2) that say why.
#[test]
fn flags_of_the_other_kind_are_usage_errors() {
    let dir = temp_dir("usage");
    let wasm = command(&dir, "hello.wasm", HELLO);
    let w = path(&wasm);
    for (args, says) in [
        (vec!["--call", "_start"], "`--call` is for an asm.js module; `"),
        (vec!["--foreign", "x=1"], "`--foreign` is for an asm.js module"),
        (vec!["--heap-size", "65536"], "`--heap-size` is for an asm.js module"),
        (vec!["1", "2"], "is a WASI command: its arguments go after `--`"),
    ] {
        let mut argv = vec!["run", w];
        argv.extend(args);
        let out = asm2wasm(&argv);
        assert_eq!(out.status.code(), Some(2), "{argv:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{argv:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "{argv:?}: it ran");
    }
    let js = dir.join("add.js");
    std::fs::write(
        &js,
        "function M(stdlib) { \"use asm\"; function f(x) { x = x|0; return (x + 1)|0; } return f; }\n",
    )
    .unwrap();
    for flag in [["--dir", "."], ["--env", "A=1"]] {
        let out = asm2wasm(&["run", path(&js), flag[0], flag[1], "1"]);
        assert_eq!(out.status.code(), Some(2), "{flag:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("`--dir` and `--env` are for a WASI command"),
            "{}",
            stderr(&out)
        );
    }
    // The asm.js module still takes its arguments after `--`.
    let out = asm2wasm(&["run", path(&js), "--", "-3"]);
    assert_eq!(stdout(&out), "-2\n", "{}", stderr(&out));
    // A `--dir` that does not exist: a usage error before anything runs.
    let out = asm2wasm(&["run", w, "--dir", path(&dir.join("missing"))]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--dir: cannot open"), "{}", stderr(&out));
}
