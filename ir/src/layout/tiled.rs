//! The row-tiled layout: a weight matrix's rows interleaved eight at a
//! time, for CPU kernels that give each SIMD lane a row (llama.cpp's
//! "repack" of Q4_0 into `block_q4_0x8` is the same idea).
//!
//! In the plain split layout ([`super`]), a row's blocks follow one another
//! in every field stream, so word `k` of eight neighbouring rows lies a
//! row's length apart: a lane per row reads them with a gather, and gathers
//! are slow (`vpgatherdd` ran the row-per-lane matvec at half the speed of
//! a word-per-lane one, see `benches/RESULTS.md`). Here each field stream
//! holds *tiles*: the blocks `b` of rows `8t..8t + 8`, side by side.
//!
//! - Block `b` of row `r` is physical block `P = ((r / 8) * blocks_per_row
//!   + b) * 8 + r % 8`; rows are padded to a multiple of 8 with zero blocks,
//!   so the stream has [`tiled_blocks`] blocks.
//! - A *word field* (raw bytes, a multiple of 4 long: packed quants, bit
//!   planes, sub-block scales) is interleaved word by word: word `k` of
//!   block `P` is word `field_base / 4 + (P / 8) * W * 8 + k * 8 + P % 8`
//!   of the buffer (`W` words per block). Word `k` of the eight rows of a
//!   tile is then one aligned 32-byte vector.
//! - Every other field (an f16 scale, a 2-byte sub-field) stays at
//!   `field_base + P * bytes`: the eight rows' values are already side by
//!   side.
//!
//! Field streams start where [`BlockLayout::field_base`] says for
//! [`tiled_blocks`] blocks, so kernels find them with the same expression.

use super::{BlockLayout, FieldKind, LayoutError};

/// Rows per tile: a lane each in an AVX2 vector of 32-bit values.
pub const ROW_TILE: usize = 8;

/// Physical blocks of a tiled `rows x blocks_per_row` matrix: rows padded
/// to a whole tile.
pub fn tiled_blocks(rows: usize, blocks_per_row: usize) -> usize {
    rows.div_ceil(ROW_TILE) * ROW_TILE * blocks_per_row
}

/// The physical block of block `b` of row `row`.
pub fn physical_block(row: usize, b: usize, blocks_per_row: usize) -> usize {
    ((row / ROW_TILE) * blocks_per_row + b) * ROW_TILE + row % ROW_TILE
}

impl BlockLayout {
    /// Whether field `field` is interleaved word by word in the tiled layout.
    pub const fn is_word_field(&self, field: usize) -> bool {
        let f = self.fields[field];
        matches!(f.kind, FieldKind::Bytes) && f.bytes.is_multiple_of(4)
    }

    /// The offset, in the bytes of a tiled buffer of `n_blocks` physical
    /// blocks, of byte `k` of field `field` of physical block `p`.
    pub fn tiled_byte(&self, field: usize, n_blocks: usize, p: usize, k: usize) -> usize {
        let base = self.field_base(field, n_blocks as u64) as usize;
        let bytes = self.fields[field].bytes as usize;
        if self.is_word_field(field) {
            let words = bytes / 4;
            let tile = p / ROW_TILE;
            let word = (tile * words + k / 4) * ROW_TILE + p % ROW_TILE;
            base + word * 4 + k % 4
        } else {
            base + p * bytes + k
        }
    }

    /// [`split_releasing`](Self::split_releasing) into the tiled layout of
    /// a matrix of `rows` rows: GGUF blocks in row-major order, each row
    /// `blocks.len() / rows / block_bytes` blocks long.
    pub fn split_tiled_releasing(
        &self,
        blocks: &[u8],
        rows: usize,
        copied: &mut dyn FnMut(&[u8]),
    ) -> Result<Vec<u32>, LayoutError> {
        /// Source rows copied between two `copied` calls, about a MiB.
        const CHUNK_BYTES: usize = 1 << 20;
        let block_bytes = self.block_bytes() as usize;
        let row_bytes = blocks.len().checked_div(rows).unwrap_or(0);
        if rows == 0 || !blocks.len().is_multiple_of(rows) || !row_bytes.is_multiple_of(block_bytes)
        {
            return Err(LayoutError::PartialBlock {
                ggml: self.ggml,
                bytes: blocks.len(),
            });
        }
        let per_row = row_bytes / block_bytes;
        let n_blocks = tiled_blocks(rows, per_row);
        let total_bytes = self.field_base(self.fields.len(), n_blocks as u64);
        if total_bytes > u64::from(u32::MAX) || per_row == 0 {
            return Err(LayoutError::TooLarge {
                ggml: self.ggml,
                bytes: blocks.len(),
            });
        }
        // Zeros: the padding rows' blocks decode to 0 and are never stored.
        let mut words = vec![0u32; (total_bytes / 4) as usize];
        let chunk_rows = (CHUNK_BYTES / row_bytes).max(1);
        for (c, chunk) in blocks.chunks(chunk_rows * row_bytes).enumerate() {
            for (i, row) in chunk.chunks_exact(row_bytes).enumerate() {
                let r = c * chunk_rows + i;
                for (b, block) in row.chunks_exact(block_bytes).enumerate() {
                    let p = physical_block(r, b, per_row);
                    self.put_tiled(&mut words, n_blocks, p, block);
                }
            }
            copied(chunk);
        }
        Ok(words)
    }

    /// Writes GGUF block `block` as physical block `p` of a tiled buffer.
    fn put_tiled(&self, words: &mut [u32], n_blocks: usize, p: usize, block: &[u8]) {
        for (f, field) in self.fields.iter().enumerate() {
            let src = &block[self.offset_in_block(f) as usize..][..field.bytes as usize];
            if self.is_word_field(f) {
                for (k, word) in src.chunks_exact(4).enumerate() {
                    let at = self.tiled_byte(f, n_blocks, p, k * 4) / 4;
                    words[at] = u32::from_le_bytes(word.try_into().unwrap());
                }
            } else {
                for (k, &byte) in src.iter().enumerate() {
                    set_byte(words, self.tiled_byte(f, n_blocks, p, k), byte);
                }
            }
        }
    }

    /// Rows `ids` of a tiled matrix (`n_blocks` physical blocks,
    /// `blocks_per_row` per row), as the plain split buffer of an
    /// `ids.len()`-row matrix: what a kernel written for the plain layout
    /// (an embedding lookup) reads.
    pub fn untile_rows(
        &self,
        words: &[u32],
        n_blocks: usize,
        blocks_per_row: usize,
        ids: &[u32],
    ) -> Vec<u32> {
        let out_blocks = (ids.len() * blocks_per_row) as u64;
        let mut out = vec![0u32; self.split_words(out_blocks) as usize];
        for (i, &row) in ids.iter().enumerate() {
            for b in 0..blocks_per_row {
                let p = physical_block(row as usize, b, blocks_per_row);
                let q = i * blocks_per_row + b;
                for (f, field) in self.fields.iter().enumerate() {
                    let base = self.field_base(f, out_blocks) as usize;
                    for k in 0..field.bytes as usize {
                        let byte = get_byte(words, self.tiled_byte(f, n_blocks, p, k));
                        set_byte(&mut out, base + q * field.bytes as usize + k, byte);
                    }
                }
            }
        }
        out
    }
}

/// Byte `at` of a little-endian word buffer.
fn get_byte(words: &[u32], at: usize) -> u8 {
    (words[at / 4] >> (at % 4 * 8)) as u8
}

/// Sets byte `at` of a little-endian word buffer.
fn set_byte(words: &mut [u32], at: usize, byte: u8) {
    let shift = at % 4 * 8;
    let w = &mut words[at / 4];
    *w = (*w & !(0xFF << shift)) | (u32::from(byte) << shift);
}

#[cfg(test)]
mod tests {
    use super::super::{FieldKind, FieldLayout};
    use super::*;
    use crate::GgmlType;

    /// Q5_0's fields: an f16, a 4-byte word field and a 16-byte one.
    const Q5_0_LIKE: BlockLayout = BlockLayout {
        ggml: GgmlType::Q5_0,
        block_elems: 32,
        fields: &[
            FieldLayout {
                name: "d",
                bytes: 2,
                kind: FieldKind::F16,
            },
            FieldLayout {
                name: "qh",
                bytes: 4,
                kind: FieldKind::Bytes,
            },
            FieldLayout {
                name: "qs",
                bytes: 16,
                kind: FieldKind::Bytes,
            },
        ],
    };

    fn matrix(rows: usize, per_row: usize) -> Vec<u8> {
        (0..rows * per_row * 22)
            .map(|i| (i * 13 + i / 97) as u8)
            .collect()
    }

    #[test]
    fn word_k_of_a_tile_is_eight_consecutive_words() {
        let (rows, per_row) = (11, 3);
        let blocks = matrix(rows, per_row);
        let words = Q5_0_LIKE
            .split_tiled_releasing(&blocks, rows, &mut |_| {})
            .unwrap();
        let n = tiled_blocks(rows, per_row);
        assert_eq!(n, 16 * 3);
        // qs word 2 of block 1 of rows 8..16 (rows 11.. are padding).
        let base = Q5_0_LIKE.field_base(2, n as u64) as usize / 4;
        let tile = per_row + 1;
        for r in 8..16 {
            let word = words[base + (tile * 4 + 2) * 8 + r % 8];
            let want = if r < rows {
                let at = (r * per_row + 1) * 22 + 6 + 8;
                u32::from_le_bytes(blocks[at..at + 4].try_into().unwrap())
            } else {
                0
            };
            assert_eq!(word, want, "row {r}");
        }
        // The f16 of block 2 of row 5 stays a plain 2-byte field.
        let p = physical_block(5, 2, per_row);
        let at = Q5_0_LIKE.tiled_byte(0, n, p, 0);
        assert_eq!(at, 2 * ((2 * 8) + 5));
        let d = (words[at / 4] >> (at % 4 * 8)) & 0xFFFF;
        let src = (5 * per_row + 2) * 22;
        assert_eq!(
            d,
            u32::from(u16::from_le_bytes([blocks[src], blocks[src + 1]]))
        );
    }

    #[test]
    fn untiled_rows_are_the_plain_split_of_those_rows() {
        let (rows, per_row) = (19, 2);
        let blocks = matrix(rows, per_row);
        let tiled = Q5_0_LIKE
            .split_tiled_releasing(&blocks, rows, &mut |_| {})
            .unwrap();
        let n = tiled_blocks(rows, per_row);
        let ids = [18u32, 0, 7, 8, 7];
        let got = Q5_0_LIKE.untile_rows(&tiled, n, per_row, &ids);
        let row_bytes = per_row * 22;
        let picked: Vec<u8> = ids
            .iter()
            .flat_map(|&r| blocks[r as usize * row_bytes..][..row_bytes].to_vec())
            .collect();
        assert_eq!(got, Q5_0_LIKE.split(&picked).unwrap());
    }

    #[test]
    fn every_source_row_is_released_once_in_order() {
        let (rows, per_row) = (5, 4);
        let blocks = matrix(rows, per_row);
        let mut back = Vec::new();
        Q5_0_LIKE
            .split_tiled_releasing(&blocks, rows, &mut |c| back.extend_from_slice(c))
            .unwrap();
        assert_eq!(back, blocks);
    }

    #[test]
    fn rows_that_are_not_whole_blocks_are_an_error() {
        let blocks = matrix(3, 2);
        assert!(
            Q5_0_LIKE
                .split_tiled_releasing(&blocks, 4, &mut |_| {})
                .is_err()
        );
        assert!(
            Q5_0_LIKE
                .split_tiled_releasing(&blocks[..40], 2, &mut |_| {})
                .is_err()
        );
        assert!(
            Q5_0_LIKE
                .split_tiled_releasing(&[], 0, &mut |_| {})
                .is_err()
        );
    }
}
