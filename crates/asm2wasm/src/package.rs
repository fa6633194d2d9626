//! `asm2wasm package`: one `.wasm` as an OCI image archive, the image
//! layout (`oci-layout`, `index.json`, `blobs/sha256/...`) packed in one
//! tar, as `skopeo` reads it with `oci-archive:FILE` (`docs/containers.md`).
//!
//! The image has one uncompressed tar layer holding the module at its root
//! (`/NAME.wasm`), a config with `os: wasi`, `architecture: wasm` and the
//! module as its entrypoint, a manifest, and an index whose one entry
//! carries the reference name (`--tag`). The annotations that wasm
//! container runtimes read (crun's `module.wasm.image/variant=compat`) and
//! OCI's `org.opencontainers.image.*` ones are on the manifest and, as
//! labels, in the config.
//!
//! The archive is a function of its inputs alone: every tar header has
//! mtime 0, uid and gid 0 and a fixed mode, entries come in a fixed order,
//! JSON objects have their keys sorted, and the creation time is
//! `--created`, else `SOURCE_DATE_EPOCH`, else the epoch. The layer does not
//! even depend on the time: two images of one module share it.
//!
//! ```
//! use asm2wasm::package::{Image, Reference, archive};
//! // The smallest WASI command: it exports `_start`, which does nothing.
//! let wasm = smallest_command();
//! let image = Image {
//!     wasm: &wasm,
//!     file: "app.wasm".to_string(),
//!     reference: "app:1.0".parse::<Reference>().unwrap(),
//!     created: "1970-01-01T00:00:00Z".to_string(),
//!     version: None,
//!     source: None,
//! };
//! let tar = archive(&image).unwrap();
//! assert_eq!(tar, archive(&image).unwrap()); // reproducible
//! assert!(archive(&Image { file: "../app.wasm".to_string(), ..image.clone() }).is_err());
//! assert!(archive(&Image { wasm: b"not wasm", ..image }).is_err());
//! # fn smallest_command() -> Vec<u8> {
//! #     let mut m = b"\0asm\x01\0\0\0".to_vec();
//! #     m.extend([1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
//! #     m.extend([3, 2, 1, 0]); // function section: one function of type 0
//! #     m.extend([7, 10, 1, 6]); // export section: "_start", function 0
//! #     m.extend(b"_start");
//! #     m.extend([0, 0]);
//! #     m.extend([10, 4, 1, 2, 0, 0x0b]); // code section: an empty body
//! #     m
//! # }
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use oci_spec::image::{
    ANNOTATION_CREATED, ANNOTATION_REF_NAME, ANNOTATION_SOURCE, ANNOTATION_TITLE,
    ANNOTATION_VERSION, Arch, ConfigBuilder, Descriptor, DescriptorBuilder, Digest, HistoryBuilder,
    ImageConfigurationBuilder, ImageIndexBuilder, ImageManifestBuilder, MediaType,
    OciLayoutBuilder, Os, PlatformBuilder, RootFsBuilder, SCHEMA_VERSION,
};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// crun's annotation (and config label): run the entrypoint with its wasm
/// handler; `compat` is the variant of images holding one module.
pub const ANNOTATION_WASM_VARIANT: &str = "module.wasm.image/variant";
/// The creation time when neither `--created` nor `SOURCE_DATE_EPOCH` gives one.
pub const EPOCH: &str = "1970-01-01T00:00:00Z";
/// The import modules of WASI preview1 (and its older name).
pub const WASI_MODULES: &[&str] = &["wasi_snapshot_preview1", "wasi_unstable"];

/// Exit code: an input that is not a valid wasm module (invalid input,
/// as for the other commands).
const INVALID: u8 = 1;
/// Exit code: usage or I/O.
const USAGE: u8 = 2;
/// Exit code: our bug.
const INTERNAL: u8 = 3;

/// `asm2wasm package`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The WebAssembly module to package (a `.wasm` file); it goes in the image as `/STEM.wasm`.
    pub input: PathBuf,
    /// Where to write the OCI image archive (`-` writes stdout).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The image's reference name, `NAME[:TAG]` (default: the input's stem, `:latest`).
    #[arg(long, value_name = "NAME:TAG")]
    pub tag: Option<Reference>,
    /// The `org.opencontainers.image.version` annotation.
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,
    /// The `org.opencontainers.image.source` annotation: where the source is (a URL).
    #[arg(long, value_name = "URL")]
    pub source: Option<String>,
    /// The creation time, RFC 3339 (default: `SOURCE_DATE_EPOCH` if set, else 1970-01-01T00:00:00Z).
    #[arg(long, value_name = "RFC3339")]
    pub created: Option<String>,
}

/// Why an image could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is not a valid core WebAssembly module: why.
    NotWasm(String),
    /// A `--tag` that is not a reference name: why.
    Tag(String),
    /// A `--created` that is not an RFC 3339 time.
    Created(String),
    /// A `SOURCE_DATE_EPOCH` that is not a count of seconds.
    SourceDateEpoch(String),
    /// An [`Image::file`] that is not a file name.
    FileName(String),
    /// Our bug: an image part could not be built or written.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotWasm(why) => write!(f, "{why}"),
            Error::Tag(why) => write!(f, "not a reference name `NAME[:TAG]`: {why}"),
            Error::Created(s) => {
                write!(f, "`--created {s}` is not an RFC 3339 time (such as 2024-05-01T12:00:00Z)")
            }
            Error::SourceDateEpoch(s) => write!(
                f,
                "SOURCE_DATE_EPOCH=`{s}` is not a number of seconds since 1970-01-01T00:00:00Z"
            ),
            Error::FileName(s) => {
                write!(f, "`{s}` is not a file name for the image's root (no `/`, not `.` or `..`)")
            }
            Error::Internal(why) => write!(f, "internal error: {why} (a bug: please report it)"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The command's exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Internal(_) => INTERNAL,
            Error::NotWasm(_) => INVALID,
            _ => USAGE,
        }
    }
}

/// An image reference name, `NAME:TAG`, as Docker and containerd read it:
/// `NAME` is path components of lower-case letters and digits joined by
/// `.`, `_`, `__` or dashes, the first of which may be a registry host
/// (`localhost:5000/app`); `TAG` is up to 128 letters, digits, `_`, `.`
/// and `-`, not starting with `.` or `-`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The repository, `app` or `registry.example/team/app`.
    pub name: String,
    /// The tag, `latest` when none was given.
    pub tag: String,
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.name, self.tag)
    }
}

impl FromStr for Reference {
    type Err = Error;

    fn from_str(s: &str) -> Result<Reference, Error> {
        let bad = |why: &str| Err(Error::Tag(why.to_string()));
        if s.contains('@') {
            return bad("a digest (`@sha256:...`) names content, not a tag");
        }
        let slash = s.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match s[slash..].rfind(':') {
            Some(i) => (&s[..slash + i], &s[slash + i + 1..]),
            None => (s, "latest"),
        };
        if name.is_empty() {
            return bad("the name is empty");
        }
        if name.len() > 255 {
            return bad("the name is longer than 255 bytes");
        }
        let components: Vec<&str> = name.split('/').collect();
        let host = components.len() > 1
            && (components[0].contains(['.', ':']) || components[0] == "localhost");
        for (i, c) in components.iter().enumerate() {
            let ok = if i == 0 && host { is_host(c) } else { is_path_component(c) };
            if !ok {
                return bad(&format!(
                    "`{c}` must be lower-case letters and digits, joined by `.`, `_`, `__` or dashes"
                ));
            }
        }
        if !is_tag(tag) {
            return bad(&format!(
                "the tag `{tag}` must be 1 to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`"
            ));
        }
        Ok(Reference { name: name.to_string(), tag: tag.to_string() })
    }
}

/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`.
fn is_path_component(c: &str) -> bool {
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let b = c.as_bytes();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &c[start..i];
        if !(sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|x| x == b'-')) {
            return false;
        }
    }
    true
}

/// A registry host: `[A-Za-z0-9.-]+` with an optional `:PORT`.
fn is_host(c: &str) -> bool {
    let (host, port) = c.split_once(':').unwrap_or((c, "1"));
    !host.is_empty()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !host.starts_with(['.', '-'])
        && !port.is_empty()
        && port.bytes().all(|b| b.is_ascii_digit())
}

/// `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`.
fn is_tag(t: &str) -> bool {
    (1..=128).contains(&t.len())
        && !t.starts_with(['.', '-'])
        && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-')
}

impl Reference {
    /// The default reference of a module file: its stem in lower case,
    /// every other character a `-` (`My_Lib.wasm` is `my-lib:latest`).
    pub fn from_stem(stem: &str) -> Reference {
        let mapped: String = stem
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        let name = mapped.trim_matches('-');
        let name = if name.is_empty() { "app" } else { name };
        Reference { name: name.to_string(), tag: "latest".to_string() }
    }
}

/// The name the module has in the image, from the input's file name: its
/// stem (`[A-Za-z0-9._-]`, anything else a `_`) and `.wasm`.
pub fn file_name(input: &Path) -> String {
    let stem = input.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default();
    let stem: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') { c } else { '_' })
        .collect();
    let stem = stem.trim_start_matches('.');
    format!("{}.wasm", if stem.is_empty() { "app" } else { stem })
}

/// What an image holds, and what it says about it.
#[derive(Debug, Clone)]
pub struct Image<'a> {
    /// The module's bytes.
    pub wasm: &'a [u8],
    /// Its file name in the image's root, `app.wasm` ([`file_name`]).
    pub file: String,
    /// The reference name the index gives it.
    pub reference: Reference,
    /// The creation time, RFC 3339.
    pub created: String,
    /// `org.opencontainers.image.version`.
    pub version: Option<String>,
    /// `org.opencontainers.image.source`.
    pub source: Option<String>,
}

/// What a valid module is, for a WASI runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// It exports a function `_start` of type `() -> ()`: a WASI command.
    pub command: bool,
    /// Its imports from other modules than WASI's, `Math.exp`.
    pub other_imports: Vec<String>,
}

impl Module {
    /// What to tell about the module `name` before packaging it: that it is
    /// not a WASI command, which is all a wasm container runtime runs, and
    /// the imports no WASI runtime provides. Each is a `warning:` line,
    /// maybe followed by a `note:` line.
    pub fn warnings(&self, name: &str) -> Vec<String> {
        let imports = match self.other_imports.as_slice() {
            [] => None,
            names => {
                let shown: Vec<String> = names.iter().take(3).map(|n| format!("`{n}`")).collect();
                let more = match names.len().saturating_sub(3) {
                    0 => String::new(),
                    n => format!(" and {n} more"),
                };
                Some(format!("{}{more}", shown.join(", ")))
            }
        };
        match (self.command, imports) {
            (true, None) => Vec::new(),
            (true, Some(imports)) => vec![format!(
                "warning: `{name}` imports {imports}, which WASI does not define: a runtime refuses it \
                 unless a host module of that name is linked in"
            )],
            (false, imports) => vec![
                format!(
                    "warning: `{name}` is not a WASI command: it exports no `_start` function (of type `() -> ()`){}",
                    imports.map_or_else(String::new, |i| format!(
                        ", and it imports {i}, which a WASI runtime does not provide"
                    ))
                ),
                "note: the archive is written, but a wasm container runtime runs only WASI \
                 commands: translate the asm.js with `--wasi` to make one (docs/wasi.md)"
                    .to_string(),
            ],
        }
    }
}

/// Validate `wasm` (wasmparser, its default features) and say whether it
/// is a WASI command; an error for anything but a valid core module.
pub fn inspect(wasm: &[u8]) -> Result<Module, Error> {
    if !wasm.starts_with(b"\0asm") {
        return Err(Error::NotWasm(
            "not a WebAssembly module (it does not start with `\\0asm`); translate asm.js first: \
             `asm2wasm app.js -o app.wasm`"
                .to_string(),
        ));
    }
    if wasm.get(4..8).is_some_and(|v| v != [1, 0, 0, 0]) {
        return Err(Error::NotWasm(
            "a WebAssembly component or a module of another binary version, not a core module \
             (version 1): the image holds one core module"
                .to_string(),
        ));
    }
    let types = wasmparser::validate(wasm)
        .map_err(|e| Error::NotWasm(format!("not a valid WebAssembly module: {e}")))?;
    let types = types.as_ref();
    let (Some(mut exports), Some(imports)) = (types.core_exports(), types.core_imports()) else {
        return Err(Error::NotWasm("a WebAssembly component, not a core module".to_string()));
    };
    let command = exports.any(|(name, ty)| {
        name == "_start"
            && matches!(ty, wasmparser::types::EntityType::Func(id)
                if types[id].unwrap_func().params().is_empty()
                    && types[id].unwrap_func().results().is_empty())
    });
    let mut other_imports: Vec<String> = imports
        .filter(|(module, _, _)| !WASI_MODULES.contains(module))
        .map(|(module, name, _)| format!("{module}.{name}"))
        .collect();
    other_imports.sort();
    other_imports.dedup();
    Ok(Module { command, other_imports })
}

/// A blob of the layout: its bytes and their sha256, in hex.
struct Blob {
    hex: String,
    bytes: Vec<u8>,
}

impl Blob {
    fn new(bytes: Vec<u8>) -> Blob {
        Blob { hex: data_encoding::HEXLOWER.encode(&Sha256::digest(&bytes)), bytes }
    }

    fn digest(&self) -> Result<Digest, Error> {
        Digest::from_str(&format!("sha256:{}", self.hex)).map_err(internal)
    }

    fn descriptor(&self, media_type: MediaType) -> Result<Descriptor, Error> {
        Ok(Descriptor::new(media_type, self.bytes.len() as u64, self.digest()?))
    }
}

fn internal(e: impl fmt::Display) -> Error {
    Error::Internal(e.to_string())
}

/// The OCI image archive of `image`: its bytes, the same for the same image.
pub fn archive(image: &Image) -> Result<Vec<u8>, Error> {
    inspect(image.wasm)?;
    if !is_rfc3339(&image.created) {
        return Err(Error::Created(image.created.clone()));
    }
    if matches!(image.file.as_str(), "" | "." | "..") || image.file.contains(['/', '\0']) {
        return Err(Error::FileName(image.file.clone()));
    }
    let entrypoint = format!("/{}", image.file);

    let mut layer = tar::Builder::new(Vec::new());
    append(&mut layer, &image.file, image.wasm, tar::EntryType::Regular, 0o755)?;
    let layer = Blob::new(layer.into_inner().map_err(internal)?);

    let mut annotations = BTreeMap::new();
    annotations.insert(ANNOTATION_WASM_VARIANT, "compat".to_string());
    annotations.insert(ANNOTATION_TITLE, image.file.clone());
    annotations.insert(ANNOTATION_CREATED, image.created.clone());
    if let Some(v) = &image.version {
        annotations.insert(ANNOTATION_VERSION, v.clone());
    }
    if let Some(s) = &image.source {
        annotations.insert(ANNOTATION_SOURCE, s.clone());
    }
    let annotations: HashMap<String, String> =
        annotations.into_iter().map(|(k, v)| (k.to_string(), v)).collect();

    let wasi = || Os::Other("wasi".to_string());
    let config = ImageConfigurationBuilder::default()
        .created(image.created.clone())
        .architecture(Arch::Wasm)
        .os(wasi())
        .config(
            ConfigBuilder::default()
                .entrypoint(vec![entrypoint.clone()])
                .labels(annotations.clone())
                .build()
                .map_err(internal)?,
        )
        .rootfs(
            RootFsBuilder::default()
                .typ("layers")
                .diff_ids(vec![format!("sha256:{}", layer.hex)])
                .build()
                .map_err(internal)?,
        )
        .history(vec![
            HistoryBuilder::default()
                .created(image.created.clone())
                .created_by(format!("asm2wasm package: {entrypoint}"))
                .build()
                .map_err(internal)?,
        ])
        .build()
        .map_err(internal)?;
    let config = Blob::new(json(serde_json::to_value(&config))?);

    let manifest = ImageManifestBuilder::default()
        .schema_version(SCHEMA_VERSION)
        .media_type(MediaType::ImageManifest)
        .config(config.descriptor(MediaType::ImageConfig)?)
        .layers(vec![layer.descriptor(MediaType::ImageLayer)?])
        .annotations(annotations)
        .build()
        .map_err(internal)?;
    let manifest = Blob::new(json(serde_json::to_value(&manifest))?);

    let platform =
        PlatformBuilder::default().architecture(Arch::Wasm).os(wasi()).build().map_err(internal)?;
    let entry = DescriptorBuilder::default()
        .media_type(MediaType::ImageManifest)
        .size(manifest.bytes.len() as u64)
        .digest(manifest.digest()?)
        .platform(platform)
        .annotations(HashMap::from([(
            ANNOTATION_REF_NAME.to_string(),
            image.reference.to_string(),
        )]))
        .build()
        .map_err(internal)?;
    let index = ImageIndexBuilder::default()
        .schema_version(SCHEMA_VERSION)
        .media_type(MediaType::ImageIndex)
        .manifests(vec![entry])
        .build()
        .map_err(internal)?;
    let layout =
        OciLayoutBuilder::default().image_layout_version("1.0.0").build().map_err(internal)?;

    let mut blobs = [layer, config, manifest];
    blobs.sort_by(|a, b| a.hex.cmp(&b.hex));
    let (layout, index) =
        (json(serde_json::to_value(&layout))?, json(serde_json::to_value(&index))?);
    let mut tar = tar::Builder::new(Vec::new());
    append(&mut tar, "oci-layout", &layout, tar::EntryType::Regular, 0o644)?;
    append(&mut tar, "index.json", &index, tar::EntryType::Regular, 0o644)?;
    append(&mut tar, "blobs/", &[], tar::EntryType::Directory, 0o755)?;
    append(&mut tar, "blobs/sha256/", &[], tar::EntryType::Directory, 0o755)?;
    for blob in &blobs {
        let path = format!("blobs/sha256/{}", blob.hex);
        append(&mut tar, &path, &blob.bytes, tar::EntryType::Regular, 0o644)?;
    }
    tar.into_inner().map_err(internal)
}

/// One tar entry with the fixed header fields that make the archive
/// reproducible: mtime 0, uid and gid 0, no user or group name.
fn append(
    tar: &mut tar::Builder<Vec<u8>>,
    path: &str,
    data: &[u8],
    kind: tar::EntryType,
    mode: u32,
) -> Result<(), Error> {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(kind);
    header.set_mode(mode);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(0);
    header.set_size(data.len() as u64);
    tar.append_data(&mut header, path, data).map_err(internal)
}

/// `value` (`serde_json::to_value` of an oci-spec type) as compact JSON
/// with every object's keys sorted: oci-spec's maps are `HashMap`s, whose
/// order changes from run to run.
fn json(value: serde_json::Result<Value>) -> Result<Vec<u8>, Error> {
    fn sorted(v: Value) -> Value {
        match v {
            Value::Object(map) => {
                let mut entries: Vec<(String, Value)> = map.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
            }
            Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
            v => v,
        }
    }
    serde_json::to_vec(&sorted(value.map_err(internal)?)).map_err(internal)
}

/// Whether `s` is an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS`, optional
/// fractional seconds, then `Z` or `+HH:MM`/`-HH:MM`.
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = b.get(r)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(min), Some(sec)) =
        (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16), num(17..19))
    else {
        return false;
    };
    let seps = b.len() >= 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't')
        && b[13] == b':'
        && b[16] == b':';
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let date_ok = (1..=12).contains(&month) && day >= 1 && day <= days[month as usize - 1];
    if !(seps && date_ok && hour < 24 && min < 60 && sec <= 60) {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        rest = &frac[digits..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit())
                && (h1 - b'0') * 10 + (h2 - b'0') < 24
                && (m1 - b'0') * 10 + (m2 - b'0') < 60
        }
        _ => false,
    }
}

/// `secs` after 1970-01-01T00:00:00Z in RFC 3339, UTC (`Z`).
pub fn rfc3339_utc(secs: u64) -> String {
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Days since the epoch to a proleptic Gregorian date, counted in
    // 400-year eras of 146,097 days from 0000-03-01, so that February,
    // with the leap day, comes last in each year.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// The creation time: `--created`, else `SOURCE_DATE_EPOCH` (`epoch`, its
/// value; an empty one counts as unset), else [`EPOCH`].
pub fn created(flag: Option<&str>, epoch: Option<&str>) -> Result<String, Error> {
    if let Some(c) = flag {
        return if is_rfc3339(c) { Ok(c.to_string()) } else { Err(Error::Created(c.to_string())) };
    }
    match epoch.map(str::trim) {
        None | Some("") => Ok(EPOCH.to_string()),
        Some(e) => {
            let secs = e
                .parse::<u64>()
                .ok()
                .filter(|_| e.bytes().all(|b| b.is_ascii_digit()))
                .filter(|&s| s < 253_402_300_800) // up to 9999-12-31T23:59:59Z
                .ok_or_else(|| Error::SourceDateEpoch(e.to_string()))?;
            Ok(rfc3339_utc(secs))
        }
    }
}

/// Run `asm2wasm package`; the exit code. Errors go to stderr, and so does
/// the warning for a module that is not a WASI command.
pub fn main(args: &Args) -> u8 {
    match package(args) {
        Ok(()) => 0,
        Err(code) => code,
    }
}

fn package(args: &Args) -> Result<(), u8> {
    let fail = |e: Error| {
        eprintln!("error: {e}");
        e.exit_code()
    };
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let created = created(args.created.as_deref(), epoch.as_deref()).map_err(fail)?;
    let wasm = std::fs::read(&args.input).map_err(|e| {
        eprintln!("error: cannot read `{}`: {e}", args.input.display());
        USAGE
    })?;
    let module = inspect(&wasm).map_err(|e| {
        eprintln!("error: `{}`: {e}", args.input.display());
        e.exit_code()
    })?;
    let file = file_name(&args.input);
    let reference = args
        .tag
        .clone()
        .unwrap_or_else(|| Reference::from_stem(&file[..file.len() - ".wasm".len()]));
    for warning in module.warnings(&args.input.display().to_string()) {
        eprintln!("{warning}");
    }
    let image = Image {
        wasm: &wasm,
        file,
        reference,
        created,
        version: args.version.clone(),
        source: args.source.clone(),
    };
    let bytes = archive(&image).map_err(fail)?;
    let written = if args.output == Path::new("-") {
        let mut out = std::io::stdout();
        out.write_all(&bytes).and_then(|()| out.flush())
    } else {
        std::fs::write(&args.output, &bytes)
    };
    written.map_err(|e| {
        eprintln!("error: cannot write `{}`: {e}", args.output.display());
        USAGE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(rfc3339_utc(0), EPOCH);
        assert_eq!(rfc3339_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(253_402_300_799), "9999-12-31T23:59:59Z");
        for s in ["1970-01-01T00:00:00Z", "2024-02-29T23:59:60.123+05:30", "2023-11-14t22:13:20z"] {
            assert!(is_rfc3339(s), "{s}");
        }
        for s in
            ["2023-02-29T00:00:00Z", "2024-01-01 00:00:00Z", "2024-01-01T00:00:00", "yesterday"]
        {
            assert!(!is_rfc3339(s), "{s}");
        }
        assert_eq!(created(None, None).unwrap(), EPOCH);
        assert_eq!(created(None, Some("")).unwrap(), EPOCH);
        assert_eq!(created(None, Some("1700000000")).unwrap(), "2023-11-14T22:13:20Z");
        assert_eq!(
            created(Some("2020-01-01T00:00:00Z"), Some("1")).unwrap(),
            "2020-01-01T00:00:00Z"
        );
        assert!(matches!(created(None, Some("-1")), Err(Error::SourceDateEpoch(_))));
        assert!(matches!(created(None, Some("+5")), Err(Error::SourceDateEpoch(_))));
        assert!(matches!(created(Some("now"), None), Err(Error::Created(_))));
    }

    #[test]
    fn references() {
        let r = |s: &str| s.parse::<Reference>().map(|r| r.to_string());
        assert_eq!(r("app").unwrap(), "app:latest");
        assert_eq!(r("app:1.0").unwrap(), "app:1.0");
        assert_eq!(
            r("localhost:5000/team/my-app:v2_rc.1").unwrap(),
            "localhost:5000/team/my-app:v2_rc.1"
        );
        assert_eq!(r("ghcr.io/a__b/c.d:x").unwrap(), "ghcr.io/a__b/c.d:x");
        for bad in
            ["", ":x", "App:1", "app:", "app:.x", "a/:x", "app@sha256:00", "a..b:1", "-a:1", "a_:1"]
        {
            assert!(r(bad).is_err(), "{bad}");
        }
        assert_eq!(Reference::from_stem("My_Lib.v2").to_string(), "my-lib-v2:latest");
        assert_eq!(Reference::from_stem("..").to_string(), "app:latest");
        assert_eq!(file_name(Path::new("out/hash.wasm")), "hash.wasm");
        assert_eq!(file_name(Path::new("a b.bin")), "a_b.wasm");
        assert_eq!(file_name(Path::new(".wasm")), "wasm.wasm");
        assert_eq!(file_name(Path::new("..")), "app.wasm");
    }
}
