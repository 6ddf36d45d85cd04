//! How generated `#[cube]` dequantization reads a split buffer (see
//! `realm_ir::layout`): bytes, bit planes and floats out of `u32` words.
//!
//! Each plain-layout function here mirrors one in `realm_ir::layout::host`
//! bit for bit; the host versions let a spec be tested without a device.
//! The `_tiled` ones read a word field of the row-tiled layout
//! (`realm_ir::layout::tiled`): `start` is the word of the block's first
//! word, and its word `k` lies [`ROW_TILE`] words further per `k`.

use cubecl::prelude::*;

/// Words between a tiled block's consecutive words: a word of each row of
/// the tile lies between them.
pub const ROW_TILE: u32 = realm_ir::layout::ROW_TILE as u32;

/// `(byte >> shift) & mask` of the byte at `byte` (a value never straddles two bytes).
#[cube]
pub fn read_bits(w: &Array<u32>, byte: u32, shift: u32, mask: u32) -> i32 {
    let word = w[(byte / 4) as usize];
    i32::cast_from((word >> ((byte % 4) * 8 + shift)) & mask)
}

/// Element `k` of a bit plane of `bits`-bit values starting at byte `start`:
/// runs of `span` elements fill successive bit fields of the same `span` bytes.
#[cube]
pub fn read_plane(
    w: &Array<u32>,
    start: u32,
    k: u32,
    #[comptime] bits: u32,
    #[comptime] span: u32,
) -> i32 {
    let groups = comptime!(8 / bits);
    let chunk = comptime!(span * groups);
    let mask = comptime!((1u32 << bits) - 1);
    let byte = start + (k / chunk) * span + k % span;
    let shift = ((k / span) % groups) * bits;
    read_bits(w, byte, shift, mask)
}

/// Elements `4 * run..4 * run + 4` of a bit plane starting at the aligned
/// byte `start`, a byte each: with `span` a multiple of 4 they are the four
/// bytes of one aligned word, at one shift.
///
/// The word is found from the run, not from the element: the arithmetic
/// stays in words, and consecutive runs within a span read consecutive
/// words.
#[cube]
pub fn read_plane_word(
    w: &Array<u32>,
    start: u32,
    run: u32,
    #[comptime] bits: u32,
    #[comptime] span: u32,
) -> u32 {
    let groups = comptime!(8 / bits);
    let span_words = comptime!(span / 4);
    let chunk_words = comptime!(span / 4 * groups);
    let mask = comptime!(((1u32 << bits) - 1) * 0x0101_0101);
    let word = start / 4 + (run / chunk_words) * span_words + run % span_words;
    let shift = ((run / span_words) % groups) * bits;
    (w[word as usize] >> shift) & mask
}

/// Elements `4 * run..4 * run + 4` of a 1-bit plane with no span: four bits
/// of one byte, moved one to each byte of the word (a multiply puts bit `j`
/// at `8j`, with no carries between the copies).
#[cube]
pub fn read_bit_nibble_word(w: &Array<u32>, start: u32, run: u32) -> u32 {
    let nibble = u32::cast_from(read_bits(w, start + run / 2, (run % 2) * 4, 15u32));
    (nibble * 0x0020_4081u32) & 0x0101_0101u32
}

/// Sign-extends the low `bits` bits of `value`.
#[cube]
pub fn sign_extend(value: i32, #[comptime] bits: u32) -> i32 {
    let half = comptime!(1i32 << (bits - 1));
    (value ^ half) - half
}

/// An f16's bits, widened to f32 exactly (WGSL has no 16-bit loads, so the
/// conversion is done by hand). Selects, not branches: a block's scales then
/// are one expression, which a CPU computes once however often a kernel
/// names it, and which vectorizes where lanes decode different scales.
#[cube]
pub fn f16_bits_to_f32(h: u32) -> f32 {
    let sign = (h & 0x8000u32) << 16u32;
    let exponent = (h >> 10u32) & 0x1Fu32;
    let mantissa = h & 0x3FFu32;
    // Normal numbers are re-biased (15 -> 127); infinity and NaN keep an all-ones exponent.
    let biased = select(exponent == 31u32, 255u32, exponent + 112u32);
    let normal = f32::reinterpret(sign | (biased << 23u32) | (mantissa << 13u32));
    // Zero or subnormal: mantissa * 2^-24, exact in f32, with the sign.
    let magnitude = f32::cast_from(mantissa) * 5.960_464_5e-8f32;
    let small = select(sign == 0u32, magnitude, -magnitude);
    select(exponent == 0u32, small, normal)
}

/// The f16 at (2-aligned) byte `byte`, widened to f32.
#[cube]
pub fn read_f16(w: &Array<u32>, byte: u32) -> f32 {
    let bits = (w[(byte / 4) as usize] >> ((byte % 4) * 8)) & 0xFFFFu32;
    f16_bits_to_f32(bits)
}

/// The bf16 at (2-aligned) byte `byte`, widened to f32.
#[cube]
pub fn read_bf16(w: &Array<u32>, byte: u32) -> f32 {
    let bits = (w[(byte / 4) as usize] >> ((byte % 4) * 8)) & 0xFFFFu32;
    f32::reinterpret(bits << 16u32)
}

/// The f32 at (4-aligned) byte `byte`.
#[cube]
pub fn read_f32(w: &Array<u32>, byte: u32) -> f32 {
    f32::reinterpret(w[(byte / 4) as usize])
}

/// [`read_bits`] of byte `byte` of a tiled word field whose block starts
/// at word `start`.
#[cube]
pub fn read_bits_tiled(w: &Array<u32>, start: u32, byte: u32, shift: u32, mask: u32) -> i32 {
    let word = w[(start + (byte / 4) * ROW_TILE) as usize];
    i32::cast_from((word >> ((byte % 4) * 8 + shift)) & mask)
}

/// [`read_plane`] in a tiled word field (`at`: the plane's first byte in
/// the block).
#[cube]
pub fn read_plane_tiled(
    w: &Array<u32>,
    start: u32,
    at: u32,
    k: u32,
    #[comptime] bits: u32,
    #[comptime] span: u32,
) -> i32 {
    let groups = comptime!(8 / bits);
    let chunk = comptime!(span * groups);
    let mask = comptime!((1u32 << bits) - 1);
    let byte = at + (k / chunk) * span + k % span;
    let shift = ((k / span) % groups) * bits;
    read_bits_tiled(w, start, byte, shift, mask)
}

/// [`read_plane_word`] in a tiled word field (`at`: the plane's first
/// byte in the block, a multiple of 4).
#[cube]
pub fn read_plane_word_tiled(
    w: &Array<u32>,
    start: u32,
    at: u32,
    run: u32,
    #[comptime] bits: u32,
    #[comptime] span: u32,
) -> u32 {
    let groups = comptime!(8 / bits);
    let span_words = comptime!(span / 4);
    let chunk_words = comptime!(span / 4 * groups);
    let mask = comptime!(((1u32 << bits) - 1) * 0x0101_0101);
    let word = at / 4 + (run / chunk_words) * span_words + run % span_words;
    let shift = ((run / span_words) % groups) * bits;
    (w[(start + word * ROW_TILE) as usize] >> shift) & mask
}

/// [`read_bit_nibble_word`] in a tiled word field.
#[cube]
pub fn read_bit_nibble_word_tiled(w: &Array<u32>, start: u32, at: u32, run: u32) -> u32 {
    let nibble = u32::cast_from(read_bits_tiled(
        w,
        start,
        at + run / 2,
        (run % 2) * 4,
        15u32,
    ));
    (nibble * 0x0020_4081u32) & 0x0101_0101u32
}
