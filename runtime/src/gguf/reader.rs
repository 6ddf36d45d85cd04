//! The GGUF header parser: a bounds-checked cursor over the file's bytes.
//!
//! Every count read from the file is checked against the bytes left before
//! anything is allocated for it, so a hostile header cannot make the parser
//! allocate more than a small multiple of the file's own size, loop for long,
//! or recurse without bound.

use super::error::GgufError;
use super::value::{MetaValue, ValueType};
use super::{GgufHeader, TensorInfo};
use realm_ir::GgmlType;
use std::collections::HashSet;

const MAGIC: &[u8; 4] = b"GGUF";
const DEFAULT_ALIGNMENT: u64 = 32;
const MAX_DIMS: u32 = 4;
/// Arrays of arrays are legal GGUF but no model needs more than a level or two.
const MAX_ARRAY_NESTING: usize = 4;

struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn offset(&self) -> u64 {
        self.pos as u64
    }

    fn remaining(&self) -> u64 {
        (self.bytes.len() - self.pos) as u64
    }

    fn take(&mut self, n: u64, what: &dyn Fn() -> String) -> Result<&'a [u8], GgufError> {
        if n > self.remaining() {
            return Err(GgufError::Truncated {
                offset: self.offset(),
                needed: n - self.remaining(),
                what: what(),
            });
        }
        let start = self.pos;
        self.pos += n as usize;
        Ok(&self.bytes[start..self.pos])
    }

    fn array<const N: usize>(&mut self, what: &dyn Fn() -> String) -> Result<[u8; N], GgufError> {
        Ok(self.take(N as u64, what)?.try_into().expect("took N bytes"))
    }

    fn u32(&mut self, what: &dyn Fn() -> String) -> Result<u32, GgufError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }

    fn u64(&mut self, what: &dyn Fn() -> String) -> Result<u64, GgufError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }

    /// A GGUF string: u64 length, then that many bytes.
    fn string_bytes(&mut self, what: &dyn Fn() -> String) -> Result<&'a [u8], GgufError> {
        let len = self.u64(what)?;
        self.take(len, what)
    }

    /// A count that must be coverable by `min_item_size`-byte items in what is left.
    fn count(&mut self, what: &'static str, min_item_size: u64) -> Result<u64, GgufError> {
        let offset = self.offset();
        let count = self.u64(&|| format!("{what} count"))?;
        if count.saturating_mul(min_item_size) > self.remaining() {
            return Err(GgufError::AbsurdCount {
                what,
                count,
                offset,
            });
        }
        Ok(count)
    }
}

/// Parses the header of a GGUF file (metadata and tensor infos) and checks that
/// every tensor's data lies inside `bytes`.
pub(super) fn parse_header(bytes: &[u8]) -> Result<GgufHeader, GgufError> {
    let mut cur = Cursor { bytes, pos: 0 };
    let magic = cur
        .take(4, &|| "the magic number".into())
        .map_err(|_| GgufError::BadMagic {
            found: bytes[..bytes.len().min(4)].to_vec(),
        })?;
    if magic != MAGIC {
        return Err(GgufError::BadMagic {
            found: magic.to_vec(),
        });
    }
    let version = cur.u32(&|| "the version".into())?;
    if !(2..=3).contains(&version) {
        return Err(GgufError::UnsupportedVersion(version));
    }
    // A tensor info takes at least 8 (name) + 4 (n_dims) + 8 (one dim) + 4 (type) + 8 (offset) bytes.
    let n_tensors = cur.count("tensor", 32)?;
    // A key/value pair takes at least 8 (key) + 4 (type) + 1 (smallest value) bytes.
    let n_kv = cur.count("metadata key/value", 13)?;

    let mut metadata = Vec::with_capacity(n_kv as usize);
    let mut keys = HashSet::new();
    for _ in 0..n_kv {
        let key_offset = cur.offset();
        let key = cur.string_bytes(&|| "a metadata key".into())?;
        let key = std::str::from_utf8(key)
            .map_err(|_| GgufError::BadKey { offset: key_offset })?
            .to_owned();
        let type_offset = cur.offset();
        let type_id = cur.u32(&|| format!("the type of {key:?}"))?;
        let ty = ValueType::from_id(type_id).ok_or_else(|| GgufError::UnknownValueType {
            key: key.clone(),
            type_id,
            offset: type_offset,
        })?;
        let value = read_value(&mut cur, ty, &key, 0)?;
        if !keys.insert(key.clone()) {
            return Err(GgufError::DuplicateKey(key));
        }
        metadata.push((key, value));
    }

    let alignment = match metadata.iter().find(|(k, _)| k == "general.alignment") {
        None => DEFAULT_ALIGNMENT,
        Some((_, v)) => {
            let a = v.as_u64().ok_or_else(|| GgufError::WrongValueType {
                key: "general.alignment".into(),
                found: format!("{:?}", v.value_type()),
                expected: "an unsigned integer",
            })?;
            if a == 0 || !a.is_power_of_two() {
                return Err(GgufError::BadAlignment(a));
            }
            a
        }
    };

    let mut tensors = Vec::with_capacity(n_tensors as usize);
    let mut names = HashSet::new();
    for _ in 0..n_tensors {
        let info = read_tensor_info(&mut cur, alignment)?;
        if !names.insert(info.name.clone()) {
            return Err(GgufError::DuplicateTensor(info.name));
        }
        tensors.push(info);
    }

    // The data section starts at the next multiple of the alignment.
    let data_offset = cur.offset().div_ceil(alignment) * alignment;
    let data_len = (bytes.len() as u64).saturating_sub(data_offset);
    for t in &tensors {
        let end = t.offset.saturating_add(t.n_bytes);
        if end > data_len || (t.n_bytes > 0 && data_offset > bytes.len() as u64) {
            return Err(GgufError::TensorOutOfBounds {
                name: t.name.clone(),
                start: t.offset,
                end,
                data_len,
            });
        }
    }

    Ok(GgufHeader {
        version,
        alignment,
        metadata,
        tensors,
        data_offset,
    })
}

fn read_value(
    cur: &mut Cursor<'_>,
    ty: ValueType,
    key: &str,
    depth: usize,
) -> Result<MetaValue, GgufError> {
    let what = || format!("the value of {key:?}");
    Ok(match ty {
        ValueType::U8 => MetaValue::U8(u8::from_le_bytes(cur.array(&what)?)),
        ValueType::I8 => MetaValue::I8(i8::from_le_bytes(cur.array(&what)?)),
        ValueType::U16 => MetaValue::U16(u16::from_le_bytes(cur.array(&what)?)),
        ValueType::I16 => MetaValue::I16(i16::from_le_bytes(cur.array(&what)?)),
        ValueType::U32 => MetaValue::U32(u32::from_le_bytes(cur.array(&what)?)),
        ValueType::I32 => MetaValue::I32(i32::from_le_bytes(cur.array(&what)?)),
        ValueType::U64 => MetaValue::U64(u64::from_le_bytes(cur.array(&what)?)),
        ValueType::I64 => MetaValue::I64(i64::from_le_bytes(cur.array(&what)?)),
        ValueType::F32 => MetaValue::F32(f32::from_le_bytes(cur.array(&what)?)),
        ValueType::F64 => MetaValue::F64(f64::from_le_bytes(cur.array(&what)?)),
        ValueType::Bool => MetaValue::Bool(u8::from_le_bytes(cur.array(&what)?) != 0),
        // Vocabularies of some converters hold invalid UTF-8; keep the rest of the
        // string rather than rejecting the whole model.
        ValueType::String => {
            MetaValue::String(String::from_utf8_lossy(cur.string_bytes(&what)?).into_owned())
        }
        ValueType::Array => {
            if depth >= MAX_ARRAY_NESTING {
                return Err(GgufError::NestingTooDeep {
                    key: key.to_owned(),
                    max: MAX_ARRAY_NESTING,
                });
            }
            let type_offset = cur.offset();
            let type_id = cur.u32(&what)?;
            let item_ty =
                ValueType::from_id(type_id).ok_or_else(|| GgufError::UnknownValueType {
                    key: key.to_owned(),
                    type_id,
                    offset: type_offset,
                })?;
            let n = cur.count("array element", item_ty.min_encoded_size())?;
            let mut items = Vec::with_capacity(n as usize);
            for _ in 0..n {
                items.push(read_value(cur, item_ty, key, depth + 1)?);
            }
            MetaValue::Array(items)
        }
    })
}

fn read_tensor_info(cur: &mut Cursor<'_>, alignment: u64) -> Result<TensorInfo, GgufError> {
    let name = String::from_utf8_lossy(cur.string_bytes(&|| "a tensor name".into())?).into_owned();
    let what = || format!("the info of tensor {name:?}");
    let n_dims = cur.u32(&what)?;
    if n_dims == 0 || n_dims > MAX_DIMS {
        return Err(GgufError::BadDimCount { name, n_dims });
    }
    let mut dims = Vec::with_capacity(n_dims as usize);
    for _ in 0..n_dims {
        dims.push(cur.u64(&what)?);
    }
    let type_id = cur.u32(&what)?;
    let offset = cur.u64(&what)?;

    // ggml stores element counts in int64: reject zero, and products past i64::MAX.
    let n_elements = dims.iter().try_fold(1u64, |acc, &d| {
        acc.checked_mul(d)
            .filter(|&n| n > 0 && n <= i64::MAX as u64)
    });
    let Some(n_elements) = n_elements else {
        return Err(GgufError::BadDims { name, dims });
    };
    let ty = GgmlType::from_id(type_id).ok_or_else(|| GgufError::UnknownTensorType {
        name: name.clone(),
        type_id,
    })?;
    if dims[0] % ty.block_size() as u64 != 0 {
        return Err(GgufError::RowNotBlockAligned {
            name,
            ty,
            row: dims[0],
            block: ty.block_size(),
        });
    }
    let n_bytes = ty.bytes_for(n_elements).ok_or_else(|| GgufError::BadDims {
        name: name.clone(),
        dims: dims.clone(),
    })?;
    if offset % alignment != 0 {
        return Err(GgufError::MisalignedTensor {
            name,
            offset,
            alignment,
        });
    }
    Ok(TensorInfo {
        name,
        dims,
        ty,
        offset,
        n_bytes,
    })
}
