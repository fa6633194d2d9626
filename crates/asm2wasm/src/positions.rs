//! Where a translation's code comes from: a source map (revision 3, the
//! format browsers' debuggers read for wasm) from byte offsets in the
//! module to the asm.js statements, by the `sourcemap` crate. A wasm
//! source map has one generated line, whose columns are module offsets.
//!
//! `asm2wasm IN -o OUT --source-map` writes it beside the module and names
//! it in the module's `sourceMappingURL` section; `asm2wasm run` reads it
//! (or makes it, given the asm.js) to say where a trap happened.

use asm2wasm_syntax::LineIndex;
use sourcemap::{SourceMap, SourceMapBuilder};

/// The name of the custom section that holds the map's URL.
pub const URL_SECTION: &str = "sourceMappingURL";

/// The source map of a translation of the file `name` (holding `text`):
/// `at` holds (module offset, source byte) pairs by offset, as
/// `asm2wasm_codegen::compile_mapped` gives them; `functions`, the asm.js
/// functions' names and source bytes, by position, name each token's
/// function (which differs from the wasm function's where a body was
/// emitted in place of a call).
pub fn source_map(
    name: &str,
    text: &str,
    lines: &LineIndex,
    functions: &[(&str, std::ops::Range<u32>)],
    at: &[(u32, u32)],
) -> SourceMap {
    let mut b = SourceMapBuilder::new(None);
    let source = b.add_source(name);
    b.set_source_contents(source, Some(text));
    let names: Vec<u32> = functions.iter().map(|(n, _)| b.add_name(n)).collect();
    for &(offset, pos) in at {
        let lc = lines.line_col(text, pos);
        let k = functions.partition_point(|(_, r)| r.start <= pos);
        let name = k.checked_sub(1).filter(|&k| functions[k].1.contains(&pos)).map(|k| names[k]);
        b.add_raw(0, offset, lc.line - 1, lc.col - 1, Some(source), name, false);
    }
    b.into_sourcemap()
}

/// Where the code at module `offset` comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The source's name, as the map gives it.
    pub source: String,
    /// 1-based.
    pub line: u32,
    /// 1-based.
    pub col: u32,
    /// The source line's text, when the map holds the source.
    pub text: Option<String>,
    /// The asm.js function the code is of, when the map names it.
    pub function: Option<String>,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.source, self.line, self.col)
    }
}

/// Where the code at module `offset` comes from: the statement whose code
/// starts at or last before it.
pub fn lookup(map: &SourceMap, offset: usize) -> Option<Place> {
    let token = map.lookup_token(0, u32::try_from(offset).ok()?)?;
    let text = map
        .get_source_view(token.get_src_id())
        .and_then(|view| view.get_line(token.get_src_line()))
        .map(|l| l.trim_end().to_string());
    Some(Place {
        source: token.get_source()?.to_string(),
        line: token.get_src_line() + 1,
        col: token.get_src_col() + 1,
        text,
        function: token.get_name().map(str::to_string),
    })
}

/// The source map a module names in its `sourceMappingURL` section, read
/// from beside the module at `path` (a file name or a relative path).
pub fn map_of(path: &std::path::Path, wasm: &[u8]) -> Option<SourceMap> {
    let url = url_of(wasm)?;
    let file = path.parent().unwrap_or(std::path::Path::new(".")).join(url);
    SourceMap::from_slice(&std::fs::read(file).ok()?).ok()
}

/// `wasm` with a `sourceMappingURL` section naming `url` appended (a
/// custom section may come last; code offsets do not move).
pub fn with_url(mut wasm: Vec<u8>, url: &str) -> Vec<u8> {
    use wasm_encoder::Encode;
    let section = wasm_encoder::CustomSection {
        name: URL_SECTION.into(),
        data: std::borrow::Cow::Borrowed(url.as_bytes()),
    };
    wasm.push(0); // the custom section's id
    section.encode(&mut wasm);
    wasm
}

/// The URL a module's `sourceMappingURL` section names, if it has one.
pub fn url_of(wasm: &[u8]) -> Option<String> {
    wasmparser::Parser::new(0).parse_all(wasm).find_map(|payload| match payload {
        Ok(wasmparser::Payload::CustomSection(c)) if c.name() == URL_SECTION => {
            String::from_utf8(c.data().to_vec()).ok()
        }
        _ => None,
    })
}
