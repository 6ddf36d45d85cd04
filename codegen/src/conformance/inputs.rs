//! Random inputs: GGUF blocks with finite scales and arbitrary quants, and
//! activation vectors.

use half::{bf16, f16};
use rand::Rng;
use realm_ir::layout::{BlockLayout, FieldKind};

/// `n_blocks` random blocks of `layout`: float fields finite (as in real
/// files, including subnormal and negative scales), byte fields arbitrary.
pub fn random_blocks(layout: &BlockLayout, rng: &mut impl Rng, n_blocks: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(n_blocks * layout.block_bytes() as usize);
    for _ in 0..n_blocks {
        for field in layout.fields {
            match field.kind {
                FieldKind::F32 => bytes.extend(rng.random_range(-2.0f32..2.0).to_le_bytes()),
                FieldKind::F16 => {
                    let x = match rng.random_range(0..8) {
                        0 => rng.random_range(-1e-5f32..1e-5),
                        _ => rng.random_range(-0.1f32..0.1),
                    };
                    bytes.extend(f16::from_f32(x).to_le_bytes())
                }
                FieldKind::Bf16 => {
                    bytes.extend(bf16::from_f32(rng.random_range(-2.0f32..2.0)).to_le_bytes())
                }
                FieldKind::Bytes => bytes.extend((0..field.bytes).map(|_| rng.random::<u8>())),
            }
        }
    }
    bytes
}

/// `n` activations in `-1..1`.
pub fn random_vector(rng: &mut impl Rng, n: usize) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(-1.0f32..1.0)).collect()
}
