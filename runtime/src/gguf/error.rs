//! Everything that can be wrong with a GGUF file, each naming what and where.

use realm_ir::GgmlType;

#[derive(Debug, thiserror::Error)]
pub enum GgufError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("not a GGUF file: bad magic {found:02x?} (expected \"GGUF\")")]
    BadMagic { found: Vec<u8> },
    #[error("unsupported GGUF version {0} (Realm reads versions 2 and 3)")]
    UnsupportedVersion(u32),
    #[error("file truncated at byte {offset}: needed {needed} more bytes for {what}")]
    Truncated {
        offset: u64,
        needed: u64,
        what: String,
    },
    #[error("{what} count {count} at byte {offset} is larger than the file could hold")]
    AbsurdCount {
        what: &'static str,
        count: u64,
        offset: u64,
    },
    #[error("invalid UTF-8 in metadata key at byte {offset}")]
    BadKey { offset: u64 },
    #[error("unknown metadata value type {type_id} for key {key:?} at byte {offset}")]
    UnknownValueType {
        key: String,
        type_id: u32,
        offset: u64,
    },
    #[error("metadata arrays nested deeper than {max} levels under key {key:?}")]
    NestingTooDeep { key: String, max: usize },
    #[error("duplicate metadata key {0:?}")]
    DuplicateKey(String),
    #[error("metadata key {key:?} has type {found}, expected {expected}")]
    WrongValueType {
        key: String,
        found: String,
        expected: &'static str,
    },
    #[error("missing metadata key {0:?}")]
    MissingKey(String),
    #[error("general.alignment {0} is not a power of two")]
    BadAlignment(u64),
    #[error("tensor {name:?}: {n_dims} dimensions (GGUF allows 1 to 4)")]
    BadDimCount { name: String, n_dims: u32 },
    #[error("tensor {name:?}: dimensions {dims:?} are zero or overflow")]
    BadDims { name: String, dims: Vec<u64> },
    #[error("tensor {name:?}: unknown tensor type id {type_id}")]
    UnknownTensorType { name: String, type_id: u32 },
    #[error("tensor {name:?}: row length {row} is not a multiple of {ty}'s block size {block}")]
    RowNotBlockAligned {
        name: String,
        ty: GgmlType,
        row: u64,
        block: usize,
    },
    #[error("duplicate tensor name {0:?}")]
    DuplicateTensor(String),
    #[error("tensor {name:?}: data offset {offset} is not aligned to {alignment}")]
    MisalignedTensor {
        name: String,
        offset: u64,
        alignment: u64,
    },
    #[error("tensor {name:?}: data [{start}, {end}) lies outside the {data_len}-byte data section")]
    TensorOutOfBounds {
        name: String,
        start: u64,
        end: u64,
        data_len: u64,
    },
    #[error("missing tensor {0:?}")]
    MissingTensor(String),
    #[error("cannot write GGUF: {0}")]
    Write(String),
}
