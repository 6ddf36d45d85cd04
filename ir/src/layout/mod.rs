//! How a format's blocks are laid out for kernels: the data half of a format spec.
//!
//! A GGUF block is a packed struct (`block_q4_K` is `d: f16, dmin: f16,
//! scales: [u8; 12], qs: [u8; 128]`), and many are not a multiple of 4 bytes
//! long. GPU kernels read 32-bit words (WGSL has no 8- or 16-bit types), so at
//! load time a tensor is *split by field*: each field of every block goes into
//! its own contiguous stream, the streams follow one another in one buffer of
//! `u32` words, and each stream starts on a word boundary. Nothing is widened
//! or converted, so the buffer is the size of the GGUF tensor plus at most 3
//! bytes of padding per field, and all of a field's bytes sit together, which
//! is what coalesced GPU reads want.
//!
//! A kernel finds byte `k` of field `f` of block `b` at
//! `field_base(f, n_blocks) + b * field.bytes + k` (see [`BlockLayout::field_base`]).
//! The declarative specs in `codegen/src/formats/` produce a [`BlockLayout`]
//! for each format, and the same byte arithmetic in their generated `#[cube]`
//! and host dequantization code.

use std::fmt;

use half::{bf16, f16};

use crate::format::GgmlType;

mod tiled;
pub use tiled::{ROW_TILE, physical_block, tiled_blocks};

/// What a field of a block holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// One IEEE f32.
    F32,
    /// One IEEE f16.
    F16,
    /// One bfloat16.
    Bf16,
    /// Raw bytes: packed quants, sub-block scales, high-bit planes.
    Bytes,
}

/// One field of a block, in the order it appears in the GGUF block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldLayout {
    pub name: &'static str,
    pub bytes: u32,
    pub kind: FieldKind,
}

/// The layout of one format's blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockLayout {
    pub ggml: GgmlType,
    /// Elements per block.
    pub block_elems: u32,
    /// The fields in GGUF order; their sizes add up to the GGUF block size.
    pub fields: &'static [FieldLayout],
}

/// Why a tensor could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// The byte count is not a whole number of blocks.
    PartialBlock { ggml: GgmlType, bytes: usize },
    /// The split buffer would not be addressable with 32-bit byte offsets.
    TooLarge { ggml: GgmlType, bytes: usize },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::PartialBlock { ggml, bytes } => write!(
                f,
                "{bytes} bytes is not a whole number of {} blocks ({} bytes each)",
                ggml.name(),
                ggml.type_size()
            ),
            LayoutError::TooLarge { ggml, bytes } => write!(
                f,
                "a {} tensor of {bytes} bytes is too large for 32-bit kernel addressing",
                ggml.name()
            ),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Rounds a byte count up to whole 32-bit words.
const fn align4(bytes: u64) -> u64 {
    bytes.div_ceil(4) * 4
}

impl BlockLayout {
    /// Bytes per block: the sum of the field sizes.
    pub const fn block_bytes(&self) -> u32 {
        let mut total = 0;
        let mut f = 0;
        while f < self.fields.len() {
            total += self.fields[f].bytes;
            f += 1;
        }
        total
    }

    /// The byte offset of field `field` within one GGUF block.
    pub fn offset_in_block(&self, field: usize) -> u32 {
        self.fields[..field].iter().map(|f| f.bytes).sum()
    }

    /// The byte offset where field `field`'s stream starts in the split buffer
    /// of a tensor of `n_blocks` blocks. Generated kernels compute the same
    /// expression at run time.
    pub fn field_base(&self, field: usize, n_blocks: u64) -> u64 {
        self.fields[..field]
            .iter()
            .map(|f| align4(n_blocks * u64::from(f.bytes)))
            .sum()
    }

    /// The size of the split buffer, in 32-bit words.
    pub fn split_words(&self, n_blocks: u64) -> u64 {
        self.field_base(self.fields.len(), n_blocks) / 4
    }

    /// Splits GGUF blocks into per-field streams of `u32` words (little-endian,
    /// as GGUF and every GPU are).
    pub fn split(&self, blocks: &[u8]) -> Result<Vec<u32>, LayoutError> {
        self.split_releasing(blocks, &mut |_| {})
    }

    /// [`split`](Self::split), calling `copied` with each run of source
    /// blocks once they are copied and will not be read again, so a caller
    /// splitting out of a file mapping can let those pages go while it
    /// works (peak memory: the copy and the whole mapped tensor are never
    /// both resident).
    pub fn split_releasing(
        &self,
        blocks: &[u8],
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Vec<u32>, LayoutError> {
        /// Source bytes copied between two `copied` calls, about.
        const CHUNK_BYTES: usize = 1 << 20;
        let block_bytes = self.block_bytes() as usize;
        if !blocks.len().is_multiple_of(block_bytes) {
            return Err(LayoutError::PartialBlock {
                ggml: self.ggml,
                bytes: blocks.len(),
            });
        }
        let n_blocks = (blocks.len() / block_bytes) as u64;
        let total_bytes = self.split_words(n_blocks) * 4;
        if total_bytes > u64::from(u32::MAX) {
            return Err(LayoutError::TooLarge {
                ggml: self.ggml,
                bytes: blocks.len(),
            });
        }
        // Written through a byte view of the word buffer itself: a separate
        // byte buffer would double the peak for the largest tensors.
        let mut words = vec![0u32; (total_bytes / 4) as usize];
        // SAFETY: the same allocation seen as bytes; u8 has no alignment
        // requirement and every byte pattern is a valid u32.
        let bytes = unsafe {
            std::slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), words.len() * 4)
        };
        let chunk_blocks = (CHUNK_BYTES / block_bytes).max(1);
        for (c, chunk) in blocks.chunks(chunk_blocks * block_bytes).enumerate() {
            let first = c * chunk_blocks;
            for (f, field) in self.fields.iter().enumerate() {
                let offset = self.offset_in_block(f) as usize;
                let width = field.bytes as usize;
                let base = self.field_base(f, n_blocks) as usize + first * width;
                for (b, block) in chunk.chunks_exact(block_bytes).enumerate() {
                    bytes[base + b * width..base + (b + 1) * width]
                        .copy_from_slice(&block[offset..offset + width]);
                }
            }
            copied(chunk);
        }
        // The bytes were laid down in file (little-endian) order.
        for w in &mut words {
            *w = u32::from_le(*w);
        }
        Ok(words)
    }
}

/// Reads from a split buffer on the host, exactly as the generated `#[cube]`
/// readers do on a device. The specs' host dequantization uses these, so a spec
/// can be checked against the reference without a GPU.
pub mod host {
    use super::*;

    /// `(byte >> shift) & mask` of the byte at `byte`, as the generated code
    /// reads it (`shift + bits <= 8`, so a value never straddles two bytes).
    pub fn read_bits(words: &[u32], byte: u32, shift: u32, mask: u32) -> i32 {
        let word = words[(byte / 4) as usize];
        ((word >> ((byte % 4) * 8 + shift)) & mask) as i32
    }

    /// Element `k` of a bit plane of `bits`-bit values starting at byte
    /// `start`: consecutive runs of `span` elements fill successive bit fields
    /// of the same `span` bytes (ggml's packing: Q4_0's low nibbles hold
    /// elements 0..16 and its high nibbles 16..32, so `bits = 4, span = 16`).
    pub fn read_plane(words: &[u32], start: u32, k: u32, bits: u32, span: u32) -> i32 {
        let groups = (8 / bits).max(1);
        let byte = start + (k / (span * groups)) * span + k % span;
        let shift = bits * ((k / span) % groups);
        read_bits(words, byte, shift, (1 << bits) - 1)
    }

    /// Elements `4 * run..4 * run + 4` of a bit plane (`span` a multiple
    /// of 4, the plane starting at the aligned byte `start`), a byte each.
    pub fn read_plane_word(words: &[u32], start: u32, run: u32, bits: u32, span: u32) -> u32 {
        let groups = (8 / bits).max(1);
        let (span_words, chunk_words) = (span / 4, span / 4 * groups);
        let word = start / 4 + (run / chunk_words) * span_words + run % span_words;
        let shift = bits * ((run / span_words) % groups);
        (words[word as usize] >> shift) & (((1 << bits) - 1) * 0x0101_0101)
    }

    /// Elements `4 * run..4 * run + 4` of a 1-bit plane with no span, a
    /// byte each.
    pub fn read_bit_nibble_word(words: &[u32], start: u32, run: u32) -> u32 {
        let nibble = read_bits(words, start + run / 2, (run % 2) * 4, 15) as u32;
        (nibble * 0x0020_4081) & 0x0101_0101
    }

    /// Sign-extends the low `bits` bits of `value`.
    pub fn sign_extend(value: i32, bits: u32) -> i32 {
        let half = 1 << (bits - 1);
        (value ^ half) - half
    }

    /// The f16 at (2-aligned) byte `byte`, widened to f32.
    pub fn read_f16(words: &[u32], byte: u32) -> f32 {
        let bits = (words[(byte / 4) as usize] >> ((byte % 4) * 8)) & 0xFFFF;
        f16::from_bits(bits as u16).to_f32()
    }

    /// The bf16 at (2-aligned) byte `byte`, widened to f32.
    pub fn read_bf16(words: &[u32], byte: u32) -> f32 {
        let bits = (words[(byte / 4) as usize] >> ((byte % 4) * 8)) & 0xFFFF;
        bf16::from_bits(bits as u16).to_f32()
    }

    /// The f32 at (4-aligned) byte `byte`.
    pub fn read_f32(words: &[u32], byte: u32) -> f32 {
        f32::from_bits(words[(byte / 4) as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const Q4_0_LIKE: BlockLayout = BlockLayout {
        ggml: GgmlType::Q4_0,
        block_elems: 32,
        fields: &[
            FieldLayout {
                name: "d",
                bytes: 2,
                kind: FieldKind::F16,
            },
            FieldLayout {
                name: "qs",
                bytes: 16,
                kind: FieldKind::Bytes,
            },
        ],
    };

    #[test]
    fn split_releasing_copies_every_byte_and_hands_back_each_block_once() {
        // More blocks than one release chunk, with an odd count so the
        // last chunk is partial.
        let n_blocks = (1 << 20) / 18 * 2 + 7;
        let blocks: Vec<u8> = (0..n_blocks * 18)
            .map(|i| (i * 7 + i / 251) as u8)
            .collect();
        let mut handed_back = Vec::new();
        let words = Q4_0_LIKE
            .split_releasing(&blocks, &mut |chunk| handed_back.extend_from_slice(chunk))
            .unwrap();
        assert_eq!(
            handed_back, blocks,
            "each source byte released once, in order"
        );
        let le: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        for (f, field) in Q4_0_LIKE.fields.iter().enumerate() {
            let base = Q4_0_LIKE.field_base(f, n_blocks as u64) as usize;
            let offset = Q4_0_LIKE.offset_in_block(f) as usize;
            let width = field.bytes as usize;
            for b in (0..n_blocks).step_by(997).chain([n_blocks - 1]) {
                assert_eq!(
                    le[base + b * width..base + (b + 1) * width],
                    blocks[b * 18 + offset..b * 18 + offset + width],
                    "field {} of block {b}",
                    field.name
                );
            }
        }
    }

    #[test]
    fn split_puts_each_field_in_its_own_word_aligned_stream() {
        // Three blocks: d = 0x0100 * (b + 1), qs bytes = 16 * b + k.
        let mut blocks = Vec::new();
        for b in 0..3u8 {
            blocks.extend_from_slice(&[0, b + 1]);
            blocks.extend((0..16).map(|k| 16 * b + k));
        }
        let words = Q4_0_LIKE.split(&blocks).unwrap();
        // d stream: 6 bytes, padded to 8; qs stream: 48 bytes.
        assert_eq!(Q4_0_LIKE.field_base(1, 3), 8);
        assert_eq!(words.len() as u64, Q4_0_LIKE.split_words(3));
        assert_eq!(words.len(), 2 + 12);
        assert_eq!(words[0], 0x0200_0100);
        assert_eq!(words[1] & 0xFFFF, 0x0300);
        assert_eq!(host::read_bits(&words, 8 + 16 * 2 + 5, 0, 0xFF), 37);
        assert_eq!(host::read_bits(&words, 8 + 16 + 3, 4, 0xF), 1);
    }

    #[test]
    fn split_rejects_partial_blocks() {
        assert_eq!(
            Q4_0_LIKE.split(&[0; 19]),
            Err(LayoutError::PartialBlock {
                ggml: GgmlType::Q4_0,
                bytes: 19
            })
        );
    }

    #[test]
    fn sign_extension_matches_twos_complement() {
        for v in 0..256 {
            assert_eq!(host::sign_extend(v, 8), v as u8 as i8 as i32);
        }
        assert_eq!(host::sign_extend(0b111, 3), -1);
        assert_eq!(host::sign_extend(0b011, 3), 3);
    }
}
