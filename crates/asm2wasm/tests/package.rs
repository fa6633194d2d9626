//! `asm2wasm package`: the OCI image archive of a translated example as
//! skopeo and umoci read it (Debian's `skopeo` and `umoci` packages, which
//! `scripts/test` installs), the layout byte by byte, reproducibility, and
//! the inputs it refuses.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use sha2::{Digest as _, Sha256};

const VARIANT: &str = "module.wasm.image/variant";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_asm2wasm"));
    // The default creation time is the epoch only without it.
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

/// A fresh directory of the tests' own.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("asm2wasm-package").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `examples/NAME.js` translated by asm2wasm into `dir/NAME.wasm`.
fn translated(dir: &Path, name: &str) -> PathBuf {
    let js = common::root().join(format!("examples/{name}.js"));
    let wasm = dir.join(format!("{name}.wasm"));
    let out = bin().arg(&js).arg("-o").arg(&wasm).output().unwrap();
    assert!(out.status.success(), "translate {name}: {}", stderr(&out));
    wasm
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `asm2wasm package WASM -o TAR ARGS...`, which must succeed; its stderr.
fn package(wasm: &Path, tar: &Path, args: &[&str]) -> String {
    let out = bin().arg("package").arg(wasm).arg("-o").arg(tar).args(args).output().unwrap();
    assert!(out.status.success(), "package {}: {}", wasm.display(), stderr(&out));
    stderr(&out)
}

/// A tool the tests need, or a failure that says how to install it.
fn tool(name: &str) -> Command {
    if let Err(e) = Command::new(name).arg("--version").output() {
        panic!(
            "these tests need `{name}` on PATH ({e}): install Debian's `{name}` package \
             (`apt-get install {name}`; `scripts/test` installs it)"
        );
    }
    Command::new(name)
}

/// Run `cmd`, which must succeed; its stdout.
fn ok(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed:\n{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn sha256(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

/// One entry of a tar archive, with the header fields reproducibility fixes.
struct Entry {
    path: String,
    mode: u32,
    mtime: u64,
    uid: u64,
    gid: u64,
    bytes: Vec<u8>,
}

/// The entries of a tar archive, in order.
fn entries(tar: &[u8]) -> Vec<Entry> {
    use std::io::Read;
    let mut archive = tar::Archive::new(tar);
    archive
        .entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let h = e.header().clone();
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            Entry {
                path: String::from_utf8(h.path_bytes().into_owned()).unwrap(),
                mode: h.mode().unwrap(),
                mtime: h.mtime().unwrap(),
                uid: h.uid().unwrap(),
                gid: h.gid().unwrap(),
                bytes,
            }
        })
        .collect()
}

/// The blob `digest` (`sha256:...`) of an archive's entries.
fn blob<'a>(entries: &'a [Entry], digest: &str) -> &'a [u8] {
    let path = format!("blobs/sha256/{}", digest.strip_prefix("sha256:").unwrap());
    &entries.iter().find(|e| e.path == path).unwrap_or_else(|| panic!("no {path}")).bytes
}

/// The JSON of an archive's `index.json`, and of the manifest and the
/// config it leads to.
fn documents(entries: &[Entry]) -> (Value, Value, Value) {
    let text = |bytes: &[u8]| json(std::str::from_utf8(bytes).unwrap());
    let index = text(&entries.iter().find(|e| e.path == "index.json").unwrap().bytes);
    let manifest = text(blob(entries, index["manifests"][0]["digest"].as_str().unwrap()));
    let config = text(blob(entries, manifest["config"]["digest"].as_str().unwrap()));
    (index, manifest, config)
}

#[test]
fn skopeo_reads_the_image() {
    let dir = scratch("skopeo");
    let wasm = translated(&dir, "hash");
    let tar = dir.join("hash.tar");
    let warned = package(
        &wasm,
        &tar,
        &["--version", "1.2.3", "--source", "https://example.invalid/asm2wasm"],
    );
    assert!(warned.contains("is not a WASI command"), "{warned}");
    let archive = format!("oci-archive:{}", tar.display());

    let manifest = json(&ok(tool("skopeo").args(["inspect", "--raw", &archive])));
    assert_eq!(manifest["schemaVersion"], 2);
    assert_eq!(manifest["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    let annotations = &manifest["annotations"];
    assert_eq!(annotations[VARIANT], "compat");
    assert_eq!(annotations["org.opencontainers.image.title"], "hash.wasm");
    assert_eq!(annotations["org.opencontainers.image.version"], "1.2.3");
    assert_eq!(annotations["org.opencontainers.image.source"], "https://example.invalid/asm2wasm");
    assert_eq!(annotations["org.opencontainers.image.created"], "1970-01-01T00:00:00Z");
    assert_eq!(manifest["config"]["mediaType"], "application/vnd.oci.image.config.v1+json");
    let layers = manifest["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 1);
    assert_eq!(layers[0]["mediaType"], "application/vnd.oci.image.layer.v1.tar");
    let layer = layers[0]["digest"].as_str().unwrap();

    let config = json(&ok(tool("skopeo").args(["inspect", "--config", "--raw", &archive])));
    assert_eq!(config["os"], "wasi");
    assert_eq!(config["architecture"], "wasm");
    assert_eq!(config["created"], "1970-01-01T00:00:00Z");
    assert_eq!(config["config"]["Entrypoint"], serde_json::json!(["/hash.wasm"]));
    assert_eq!(config["config"]["Labels"], *annotations, "the labels are the annotations");
    // An uncompressed layer's diff_id is its digest.
    assert_eq!(config["rootfs"], serde_json::json!({ "type": "layers", "diff_ids": [layer] }));

    let inspect = json(&ok(tool("skopeo").args(["inspect", &archive])));
    assert_eq!(inspect["Os"], "wasi");
    assert_eq!(inspect["Architecture"], "wasm");
    assert_eq!(inspect["Created"], "1970-01-01T00:00:00Z");
    assert_eq!(inspect["Labels"][VARIANT], "compat");
    assert_eq!(inspect["Layers"], serde_json::json!([layer]));

    // By its reference name too; the digest is the manifest blob's.
    let named = json(&ok(tool("skopeo").args(["inspect", &format!("{archive}:hash:latest")])));
    let (index, ..) = documents(&entries(&std::fs::read(&tar).unwrap()));
    assert_eq!(named["Digest"], index["manifests"][0]["digest"]);
}

#[test]
fn the_archive_is_the_oci_layout() {
    let dir = scratch("layout");
    for name in ["crc", "float32", "hash", "interp", "sort"] {
        let wasm = translated(&dir, name);
        let tar = dir.join(format!("{name}.tar"));
        package(&wasm, &tar, &["--tag", &format!("registry.example:5000/asm/{name}:v1")]);
        let bytes = std::fs::read(&tar).unwrap();
        let entries = entries(&bytes);
        let paths: Vec<&str> = entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths[..4], ["oci-layout", "index.json", "blobs/", "blobs/sha256/"], "{name}");
        assert_eq!(paths.len(), 7, "{name}: {paths:?}");
        let mut blobs = paths[4..].to_vec();
        blobs.sort_unstable();
        assert_eq!(blobs, paths[4..], "{name}: blobs in digest order");
        for e in &entries {
            let path = &e.path;
            assert_eq!((e.mtime, e.uid, e.gid), (0, 0, 0), "{name}: {path}");
            assert_eq!(e.mode, if path.ends_with('/') { 0o755 } else { 0o644 }, "{name}: {path}");
            if let Some(hex) = path.strip_prefix("blobs/sha256/").filter(|h| !h.is_empty()) {
                assert_eq!(sha256(&e.bytes), hex, "{name}: a blob is named by its sha256");
            }
        }
        assert_eq!(entries[0].bytes, br#"{"imageLayoutVersion":"1.0.0"}"#);
        let (index, manifest, config) = documents(&entries);
        assert_eq!(index["schemaVersion"], 2);
        let entry = &index["manifests"][0];
        assert_eq!(index["manifests"].as_array().unwrap().len(), 1);
        assert_eq!(
            entry["annotations"]["org.opencontainers.image.ref.name"],
            format!("registry.example:5000/asm/{name}:v1")
        );
        assert_eq!(entry["platform"], serde_json::json!({ "os": "wasi", "architecture": "wasm" }));
        assert_eq!(entry["size"], blob(&entries, entry["digest"].as_str().unwrap()).len());
        let layer = blob(&entries, manifest["layers"][0]["digest"].as_str().unwrap());
        assert_eq!(manifest["layers"][0]["size"], layer.len());
        let files = self::entries(layer);
        assert_eq!(files.len(), 1, "{name}: one file in the layer");
        let file = &files[0];
        assert_eq!(
            (file.path.as_str(), file.mode, file.mtime, file.uid, file.gid),
            (format!("{name}.wasm").as_str(), 0o755, 0, 0, 0)
        );
        assert_eq!(file.bytes, std::fs::read(&wasm).unwrap(), "{name}: the wasm, byte for byte");
        let config_bytes = blob(&entries, manifest["config"]["digest"].as_str().unwrap());
        assert_eq!(manifest["config"]["size"], config_bytes.len());
        assert_eq!(config["config"]["Entrypoint"], serde_json::json!([format!("/{name}.wasm")]));
        println!("{name}: {} bytes of wasm, {} bytes of archive", file.bytes.len(), bytes.len());
    }
}

#[test]
fn umoci_unpacks_the_wasm() {
    let dir = scratch("umoci");
    let wasm = translated(&dir, "sort");
    let tar = dir.join("sort.tar");
    package(&wasm, &tar, &[]);
    let layout = dir.join("layout");
    tar::Archive::new(std::fs::File::open(&tar).unwrap()).unpack(&layout).unwrap();
    let image = format!("{}:sort:latest", layout.display());
    let bundle = dir.join("bundle");
    let out = tool("umoci")
        .args(["unpack", "--rootless", "--image", &image])
        .arg(&bundle)
        .output()
        .unwrap();
    let rootfs = if out.status.success() {
        let config = json(&std::fs::read_to_string(bundle.join("config.json")).unwrap());
        assert_eq!(config["process"]["args"], serde_json::json!(["/sort.wasm"]));
        bundle.join("rootfs")
    } else {
        // Every umoci release so far makes a runtime config for `os: linux`
        // images only (`MutateRuntimeSpec`: "unsupported OS"); it unpacks
        // the rootfs of any, and the process args that a runtime config
        // gets are the config's Entrypoint then Cmd (image-spec,
        // conversion.md).
        let err = stderr(&out);
        assert!(err.contains("unsupported OS: wasi"), "umoci unpack failed:\n{err}");
        let rootfs = dir.join("rootfs");
        ok(tool("umoci").args(["raw", "unpack", "--rootless", "--image", &image]).arg(&rootfs));
        let (.., config) = documents(&entries(&std::fs::read(&tar).unwrap()));
        assert_eq!(config["config"]["Entrypoint"], serde_json::json!(["/sort.wasm"]));
        assert!(config["config"]["Cmd"].is_null());
        rootfs
    };
    let listed: Vec<String> = std::fs::read_dir(&rootfs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed, ["sort.wasm"]);
    assert_eq!(std::fs::read(rootfs.join("sort.wasm")).unwrap(), std::fs::read(&wasm).unwrap());
    let tags = ok(tool("umoci").args(["ls", "--layout"]).arg(&layout));
    assert_eq!(tags.trim(), "sort:latest");
}

#[test]
fn the_archive_is_reproducible() {
    let dir = scratch("reproducible");
    let wasm = translated(&dir, "crc");
    let (a, b) = (dir.join("a.tar"), dir.join("b.tar"));
    package(&wasm, &a, &["--version", "1"]);
    package(&wasm, &b, &["--version", "1"]);
    let first = std::fs::read(&a).unwrap();
    assert_eq!(first, std::fs::read(&b).unwrap(), "two runs, one archive");
    let stdout = bin().args(["package", "--version", "1", "-o", "-"]).arg(&wasm).output().unwrap();
    assert!(stdout.status.success());
    assert_eq!(stdout.stdout, first, "`-o -` writes the same bytes");

    let created = |bytes: &[u8]| {
        let (_, manifest, config) = documents(&entries(bytes));
        assert_eq!(config["created"], manifest["annotations"]["org.opencontainers.image.created"]);
        assert_eq!(config["created"], config["history"][0]["created"]);
        let layer = manifest["layers"][0]["digest"].as_str().unwrap().to_string();
        (config["created"].as_str().unwrap().to_string(), layer)
    };
    let (when, layer) = created(&first);
    assert_eq!(when, "1970-01-01T00:00:00Z");

    let epoch = |value: &str, out: &Path, args: &[&str]| {
        let o = bin()
            .env("SOURCE_DATE_EPOCH", value)
            .arg("package")
            .arg(&wasm)
            .arg("-o")
            .arg(out)
            .args(["--version", "1"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read(out).unwrap()
    };
    let dated = epoch("1700000000", &a, &[]);
    assert_ne!(dated, first);
    assert_eq!(dated, epoch("1700000000", &b, &[]), "SOURCE_DATE_EPOCH: reproducible too");
    let (when, dated_layer) = created(&dated);
    assert_eq!(when, "2023-11-14T22:13:20Z");
    assert_eq!(dated_layer, layer, "the layer does not depend on the time");
    let flagged = epoch("1700000000", &a, &["--created", "2024-05-01T12:00:00Z"]);
    assert_eq!(created(&flagged).0, "2024-05-01T12:00:00Z", "`--created` wins");
}

#[test]
fn a_wasi_command_gets_no_warning() {
    use wasm_encoder::{
        CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection,
        ImportSection, Instruction, Module, TypeSection,
    };
    let dir = scratch("command");
    let module = |imports: &[(&str, &str)]| {
        let mut m = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut section = ImportSection::new();
        for (module, name) in imports {
            section.import(module, name, EntityType::Function(0));
        }
        if !imports.is_empty() {
            m.section(&section);
        }
        let mut functions = FunctionSection::new();
        functions.function(0);
        m.section(&functions);
        let mut exports = ExportSection::new();
        exports.export("_start", ExportKind::Func, imports.len() as u32);
        m.section(&exports);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instruction(&Instruction::End);
        code.function(&body);
        m.section(&code);
        m.finish()
    };
    let plain = dir.join("hello.wasm");
    std::fs::write(&plain, module(&[("wasi_snapshot_preview1", "proc_exit")])).unwrap();
    let warned = package(&plain, &dir.join("hello.tar"), &[]);
    assert_eq!(warned, "", "a WASI command that imports only WASI");
    let mixed = dir.join("mixed.wasm");
    std::fs::write(&mixed, module(&[("wasi_snapshot_preview1", "fd_write"), ("Math", "exp")]))
        .unwrap();
    let warned = package(&mixed, &dir.join("mixed.tar"), &[]);
    assert!(warned.starts_with("warning: ") && warned.contains("`Math.exp`"), "{warned}");
    assert!(!warned.contains("not a WASI command"), "{warned}");

    let translated = translated(&dir, "crc");
    let warned = package(&translated, &dir.join("crc.tar"), &[]);
    assert!(
        warned.contains("is not a WASI command: it exports no `_start` function")
            && warned.contains("`foreign.log`")
            && warned.contains("`--wasi`"),
        "{warned}"
    );
}

#[test]
fn what_is_not_a_module_is_refused() {
    let dir = scratch("refused");
    let hash = translated(&dir, "hash");
    let file = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let text = file("text.wasm", b"hello\n");
    let truncated = file("truncated.wasm", b"\0asm\x01\0\0\0\x01");
    let component = file("component.wasm", b"\0asm\x0d\0\x01\0");
    let script = common::root().join("examples/hash.js");
    let out = dir.join("out.tar");
    // (arguments, SOURCE_DATE_EPOCH, message, exit code: 1 invalid input, 2 usage or I/O)
    let cases: Vec<(Vec<std::ffi::OsString>, Option<&str>, &str, i32)> = vec![
        (vec![text.into()], None, "does not start with `\\0asm`", 1),
        (vec![script.into()], None, "translate asm.js first", 1),
        (vec![truncated.into()], None, "not a valid WebAssembly module: unexpected end", 1),
        (vec![component.into()], None, "not a core module", 1),
        (vec![dir.join("missing.wasm").into()], None, "cannot read", 2),
        (
            vec![hash.clone().into(), "--tag".into(), "Hash:1".into()],
            None,
            "`Hash` must be lower-case",
            2,
        ),
        (vec![hash.clone().into(), "--tag".into(), "h@sha256:00".into()], None, "a digest", 2),
        (
            vec![hash.clone().into(), "--created".into(), "yesterday".into()],
            None,
            "not an RFC 3339 time",
            2,
        ),
        (vec![hash.clone().into()], Some("soon"), "SOURCE_DATE_EPOCH=`soon`", 2),
    ];
    for (args, epoch, message, code) in cases {
        let _ = std::fs::remove_file(&out);
        let mut cmd = bin();
        cmd.arg("package").args(&args).arg("-o").arg(&out);
        if let Some(e) = epoch {
            cmd.env("SOURCE_DATE_EPOCH", e);
        }
        let o = cmd.output().unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.starts_with("error: ") && err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!out.exists(), "{args:?}: nothing is written");
    }
    let no_output = bin().arg("package").arg(&hash).output().unwrap();
    assert_eq!(no_output.status.code(), Some(2), "`-o` is required");
}
