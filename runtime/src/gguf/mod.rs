//! GGUF files: reading (memory-mapped, zero-copy tensor data) and writing.
//!
//! Layout of a GGUF file (v2/v3, little-endian): magic `GGUF`, u32 version,
//! u64 tensor count, u64 metadata count, the metadata key/value pairs, the
//! tensor infos (name, dims, type, offset into the data section), padding to
//! `general.alignment` (default 32), then the tensor data.

mod error;
mod reader;
mod source;
mod value;
mod writer;

pub use error::GgufError;
pub use value::{MetaValue, ValueType};
pub use writer::GgufWriter;

use memmap2::Mmap;
use realm_ir::GgmlType;
use std::fs::File;
use std::path::Path;

/// Where a tensor lives and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct TensorInfo {
    pub name: String,
    /// Dimensions in ggml order: `dims[0]` is the fastest-varying (row length).
    pub dims: Vec<u64>,
    pub ty: GgmlType,
    /// Byte offset of the data from the start of the data section.
    pub offset: u64,
    /// Byte size of the data.
    pub n_bytes: u64,
}

impl TensorInfo {
    pub fn n_elements(&self) -> u64 {
        self.dims.iter().product()
    }

    /// Elements per row (`dims[0]`) and number of rows (the product of the rest).
    pub fn rows_cols(&self) -> (usize, usize) {
        let cols = self.dims[0] as usize;
        (self.n_elements() as usize / cols, cols)
    }
}

/// The parsed header: everything but the tensor data.
#[derive(Clone, Debug)]
pub(crate) struct GgufHeader {
    version: u32,
    alignment: u64,
    metadata: Vec<(String, MetaValue)>,
    tensors: Vec<TensorInfo>,
    data_offset: u64,
}

enum Storage {
    Mapped(Mmap),
    Owned(Vec<u8>),
}

impl Storage {
    fn bytes(&self) -> &[u8] {
        match self {
            Storage::Mapped(map) => map,
            Storage::Owned(bytes) => bytes,
        }
    }
}

/// An open GGUF file. Tensor data stays in the file mapping until used.
pub struct GgufFile {
    storage: Storage,
    header: GgufHeader,
}

impl GgufFile {
    /// Maps and parses the file at `path`.
    pub fn open(path: &Path) -> Result<GgufFile, GgufError> {
        let io_err = |source| GgufError::Io {
            path: path.display().to_string(),
            source,
        };
        let file = File::open(path).map_err(io_err)?;
        let len = file.metadata().map_err(io_err)?.len();
        if len == 0 {
            return Err(GgufError::BadMagic { found: vec![] });
        }
        // SAFETY: the mapping is read-only; like every mmap-based model loader we
        // rely on the file not being truncated by another process while mapped.
        let map = unsafe { Mmap::map(&file) }.map_err(io_err)?;
        Self::from_storage(Storage::Mapped(map))
    }

    /// Parses a GGUF image held in memory (tests, fuzzing, downloads).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<GgufFile, GgufError> {
        Self::from_storage(Storage::Owned(bytes))
    }

    fn from_storage(storage: Storage) -> Result<GgufFile, GgufError> {
        let header = reader::parse_header(storage.bytes())?;
        Ok(GgufFile { storage, header })
    }

    /// Drops the file's pages from this process's resident memory (they are
    /// read again from the file if touched). For a backend that has copied
    /// every tensor it needs, so the copies and the mapping are not both
    /// counted. A no-op for an in-memory image or where the OS lacks it.
    pub fn release_pages(&self) {
        self.release_range(self.storage.bytes());
    }

    /// [`release_pages`](Self::release_pages) for the whole pages inside
    /// `part`, a sub-slice of this file's bytes (a page shared with bytes
    /// outside `part` stays). Anything else is ignored.
    pub fn release_range(&self, part: &[u8]) {
        #[cfg(unix)]
        if let Storage::Mapped(map) = &self.storage {
            const PAGE: usize = 4096;
            let base = map.as_ptr() as usize;
            let start = part.as_ptr() as usize;
            if start < base || start + part.len() > base + map.len() {
                return;
            }
            // The mapping starts on a page boundary, so offsets that are
            // multiples of the page size are page-aligned addresses.
            let first = (start - base).next_multiple_of(PAGE);
            let end = (start - base + part.len()) / PAGE * PAGE;
            if end <= first {
                return;
            }
            // SAFETY: a read-only file mapping: dropping its pages loses
            // nothing, later reads fault them back in from the file.
            let dropped = unsafe {
                map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, first, end - first)
            };
            if let Err(e) = dropped {
                tracing::debug!("madvise(DONTNEED) on the model file failed: {e}");
            }
        }
    }

    pub fn version(&self) -> u32 {
        self.header.version
    }

    pub fn alignment(&self) -> u64 {
        self.header.alignment
    }

    /// Where the data section starts: tensor offsets are relative to it.
    pub fn data_offset(&self) -> u64 {
        self.header.data_offset
    }

    /// Total size of the file in bytes.
    pub fn file_size(&self) -> u64 {
        self.storage.bytes().len() as u64
    }

    /// All metadata in file order.
    pub fn metadata_entries(&self) -> impl Iterator<Item = (&str, &MetaValue)> {
        self.header.metadata.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Forgets the parsed values of `keys` (the file itself is untouched),
    /// for metadata that a caller has turned into its own structures and
    /// that would otherwise stay in memory twice.
    pub fn forget_metadata(&mut self, keys: &[&str]) {
        self.header
            .metadata
            .retain(|(k, _)| !keys.contains(&k.as_str()));
    }

    pub fn metadata(&self, key: &str) -> Option<&MetaValue> {
        self.header
            .metadata
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// A required string value.
    pub fn get_str(&self, key: &str) -> Result<&str, GgufError> {
        let v = self.required(key)?;
        v.as_str().ok_or_else(|| wrong_type(key, v, "a string"))
    }

    /// A required non-negative integer value.
    pub fn get_u64(&self, key: &str) -> Result<u64, GgufError> {
        let v = self.required(key)?;
        v.as_u64()
            .ok_or_else(|| wrong_type(key, v, "a non-negative integer"))
    }

    /// A required number.
    pub fn get_f32(&self, key: &str) -> Result<f32, GgufError> {
        let v = self.required(key)?;
        v.as_f32().ok_or_else(|| wrong_type(key, v, "a number"))
    }

    fn required(&self, key: &str) -> Result<&MetaValue, GgufError> {
        self.metadata(key)
            .ok_or_else(|| GgufError::MissingKey(key.to_owned()))
    }

    /// Tensor infos in file order.
    pub fn tensors(&self) -> &[TensorInfo] {
        &self.header.tensors
    }

    pub fn tensor(&self, name: &str) -> Option<&TensorInfo> {
        self.header.tensors.iter().find(|t| t.name == name)
    }

    /// The tensor's bytes, borrowed from the mapping (bounds were checked at open).
    pub fn tensor_data(&self, info: &TensorInfo) -> &[u8] {
        let start = (self.header.data_offset + info.offset) as usize;
        &self.storage.bytes()[start..start + info.n_bytes as usize]
    }
}

fn wrong_type(key: &str, v: &MetaValue, expected: &'static str) -> GgufError {
    GgufError::WrongValueType {
        key: key.to_owned(),
        found: format!("{:?}", v.value_type()),
        expected,
    }
}
