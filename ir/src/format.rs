//! The tensor formats of GGUF files: their ids, block sizes and byte sizes.
//!
//! The numbering is ggml's (`enum ggml_type` in `ggml.h`); it is part of the GGUF
//! file format, so it never changes. Every type a GGUF file may name is listed,
//! so that the parser can size and bounds-check any tensor, while only some are
//! computed on (see [`GgmlType::is_supported`]).

use std::fmt;

/// A ggml tensor type, as stored in a GGUF tensor info.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GgmlType {
    F32,
    F16,
    Q4_0,
    Q4_1,
    Q5_0,
    Q5_1,
    Q8_0,
    Q8_1,
    Q2_K,
    Q3_K,
    Q4_K,
    Q5_K,
    Q6_K,
    Q8_K,
    IQ2_XXS,
    IQ2_XS,
    IQ3_XXS,
    IQ1_S,
    IQ4_NL,
    IQ3_S,
    IQ2_S,
    IQ4_XS,
    I8,
    I16,
    I32,
    I64,
    F64,
    IQ1_M,
    BF16,
    TQ1_0,
    TQ2_0,
    MXFP4,
}

/// One row of the format table: `(type, ggml id, name, elements per block, bytes per block)`.
type FormatRow = (GgmlType, u32, &'static str, usize, usize);

/// Every ggml type with its id, name and block layout (from `ggml.c`'s `type_traits`).
const FORMATS: &[FormatRow] = &[
    (GgmlType::F32, 0, "F32", 1, 4),
    (GgmlType::F16, 1, "F16", 1, 2),
    (GgmlType::Q4_0, 2, "Q4_0", 32, 2 + 16),
    (GgmlType::Q4_1, 3, "Q4_1", 32, 2 + 2 + 16),
    (GgmlType::Q5_0, 6, "Q5_0", 32, 2 + 4 + 16),
    (GgmlType::Q5_1, 7, "Q5_1", 32, 2 + 2 + 4 + 16),
    (GgmlType::Q8_0, 8, "Q8_0", 32, 2 + 32),
    (GgmlType::Q8_1, 9, "Q8_1", 32, 4 + 32),
    (GgmlType::Q2_K, 10, "Q2_K", 256, 16 + 64 + 2 + 2),
    (GgmlType::Q3_K, 11, "Q3_K", 256, 32 + 64 + 12 + 2),
    (GgmlType::Q4_K, 12, "Q4_K", 256, 2 + 2 + 12 + 128),
    (GgmlType::Q5_K, 13, "Q5_K", 256, 2 + 2 + 12 + 32 + 128),
    (GgmlType::Q6_K, 14, "Q6_K", 256, 128 + 64 + 16 + 2),
    (GgmlType::Q8_K, 15, "Q8_K", 256, 4 + 256 + 32),
    (GgmlType::IQ2_XXS, 16, "IQ2_XXS", 256, 2 + 64),
    (GgmlType::IQ2_XS, 17, "IQ2_XS", 256, 2 + 64 + 8),
    (GgmlType::IQ3_XXS, 18, "IQ3_XXS", 256, 2 + 96),
    (GgmlType::IQ1_S, 19, "IQ1_S", 256, 2 + 32 + 16),
    (GgmlType::IQ4_NL, 20, "IQ4_NL", 32, 2 + 16),
    (GgmlType::IQ3_S, 21, "IQ3_S", 256, 2 + 64 + 8 + 32 + 4),
    (GgmlType::IQ2_S, 22, "IQ2_S", 256, 2 + 64 + 8 + 8),
    (GgmlType::IQ4_XS, 23, "IQ4_XS", 256, 2 + 2 + 4 + 128),
    (GgmlType::I8, 24, "I8", 1, 1),
    (GgmlType::I16, 25, "I16", 1, 2),
    (GgmlType::I32, 26, "I32", 1, 4),
    (GgmlType::I64, 27, "I64", 1, 8),
    (GgmlType::F64, 28, "F64", 1, 8),
    (GgmlType::IQ1_M, 29, "IQ1_M", 256, 32 + 16 + 8),
    (GgmlType::BF16, 30, "BF16", 1, 2),
    (GgmlType::TQ1_0, 34, "TQ1_0", 256, 2 + 4 * 13),
    (GgmlType::TQ2_0, 35, "TQ2_0", 256, 2 + 64),
    (GgmlType::MXFP4, 39, "MXFP4", 32, 1 + 16),
];

impl GgmlType {
    /// Every type Realm computes on: the formats with a reference dequantization.
    pub const SUPPORTED: [GgmlType; 15] = [
        GgmlType::F32,
        GgmlType::F16,
        GgmlType::BF16,
        GgmlType::Q4_0,
        GgmlType::Q4_1,
        GgmlType::Q5_0,
        GgmlType::Q5_1,
        GgmlType::Q8_0,
        GgmlType::Q2_K,
        GgmlType::Q3_K,
        GgmlType::Q4_K,
        GgmlType::Q5_K,
        GgmlType::Q6_K,
        GgmlType::IQ4_NL,
        GgmlType::IQ4_XS,
    ];

    const fn row(self) -> &'static FormatRow {
        // A loop rather than an iterator so that sizes are usable in constants
        // (the generated format specs check their layouts at compile time).
        let mut i = 0;
        while i < FORMATS.len() {
            if FORMATS[i].0 as u32 == self as u32 {
                return &FORMATS[i];
            }
            i += 1;
        }
        panic!("every GgmlType has a row in FORMATS")
    }

    /// The type with ggml id `id`, or `None` for an id ggml never assigned or retired.
    pub fn from_id(id: u32) -> Option<GgmlType> {
        FORMATS.iter().find(|row| row.1 == id).map(|row| row.0)
    }

    /// The type named `name` (ggml's spelling, case-insensitive), e.g. `"q4_k"`.
    pub fn from_name(name: &str) -> Option<GgmlType> {
        FORMATS
            .iter()
            .find(|row| row.2.eq_ignore_ascii_case(name))
            .map(|row| row.0)
    }

    /// The ggml id stored in GGUF files.
    pub fn id(self) -> u32 {
        self.row().1
    }

    /// ggml's name for the type, e.g. `"Q4_K"`.
    pub fn name(self) -> &'static str {
        self.row().2
    }

    /// Elements per block (1 for plain scalar types).
    pub const fn block_size(self) -> usize {
        self.row().3
    }

    /// Bytes per block.
    pub const fn type_size(self) -> usize {
        self.row().4
    }

    /// Whether Realm can dequantize (and so compute on) this type.
    pub fn is_supported(self) -> bool {
        Self::SUPPORTED.contains(&self)
    }

    /// Bytes taken by `n_elements` elements, or `None` if `n_elements` is not a
    /// whole number of blocks or the size overflows.
    pub fn bytes_for(self, n_elements: u64) -> Option<u64> {
        let block = self.block_size() as u64;
        if !n_elements.is_multiple_of(block) {
            return None;
        }
        (n_elements / block).checked_mul(self.type_size() as u64)
    }
}

impl fmt::Display for GgmlType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_round_trip() {
        for row in FORMATS {
            assert_eq!(GgmlType::from_id(row.1), Some(row.0));
            assert_eq!(GgmlType::from_name(&row.2.to_lowercase()), Some(row.0));
        }
        assert_eq!(GgmlType::from_id(4), None, "id 4 (Q4_2) was retired");
        assert_eq!(GgmlType::from_id(1000), None);
    }

    #[test]
    fn sizes_match_ggml() {
        assert_eq!(GgmlType::Q4_K.type_size(), 144);
        assert_eq!(GgmlType::Q6_K.type_size(), 210);
        assert_eq!(GgmlType::Q3_K.type_size(), 110);
        assert_eq!(GgmlType::Q2_K.type_size(), 84);
        assert_eq!(GgmlType::Q5_K.type_size(), 176);
        assert_eq!(GgmlType::IQ4_XS.type_size(), 136);
        assert_eq!(GgmlType::Q8_0.bytes_for(64), Some(68));
        assert_eq!(GgmlType::Q8_0.bytes_for(33), None);
        assert_eq!(GgmlType::F32.bytes_for(u64::MAX), None);
    }
}
