//! Every format spec, run on the host, against the reference dequantization in
//! `realm_ir::dequant`: the spec's layout must split real GGUF block bytes so
//! that its generated code reproduces ggml's values bit for bit.

use half::{bf16, f16};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use realm_codegen::formats::{self, FormatSpec, FormatVisitor};
use realm_ir::GgmlType;
use realm_ir::layout::FieldKind;

/// `n_blocks` random blocks whose float fields are finite (as in real files)
/// and whose byte fields are arbitrary.
fn random_blocks<F: FormatSpec>(rng: &mut StdRng, n_blocks: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..n_blocks {
        for field in F::LAYOUT.fields {
            match field.kind {
                FieldKind::F32 => bytes.extend(rng.random_range(-8.0f32..8.0).to_le_bytes()),
                FieldKind::F16 => {
                    // Include subnormal and negative scales: the f16 decoding must handle them.
                    let x = match rng.random_range(0..4) {
                        0 => rng.random_range(-1e-5f32..1e-5),
                        _ => rng.random_range(-2.0f32..2.0),
                    };
                    bytes.extend(f16::from_f32(x).to_le_bytes())
                }
                FieldKind::Bf16 => {
                    bytes.extend(bf16::from_f32(rng.random_range(-8.0f32..8.0)).to_le_bytes())
                }
                FieldKind::Bytes => bytes.extend((0..field.bytes).map(|_| rng.random::<u8>())),
            }
        }
    }
    bytes
}

struct CheckAgainstReference;

impl FormatVisitor for CheckAgainstReference {
    type Output = ();

    fn visit<F: FormatSpec>(self) {
        let ggml = F::LAYOUT.ggml;
        let mut rng = StdRng::seed_from_u64(ggml.id() as u64);
        let n_blocks = 37;
        let bytes = random_blocks::<F>(&mut rng, n_blocks);
        let n_elements = n_blocks * F::LAYOUT.block_elems as usize;
        let reference = realm_ir::dequant::dequantize_to_vec(ggml, &bytes, n_elements).unwrap();
        let split = F::LAYOUT.split(&bytes).unwrap();
        let block = F::LAYOUT.block_elems as usize;
        for (k, want) in reference.iter().enumerate() {
            let got = F::dequant_host(
                &split,
                n_blocks as u32,
                (k / block) as u32,
                (k % block) as u32,
            );
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "{}: element {} of block {}: spec gives {got}, reference {want}",
                ggml.name(),
                k % block,
                k / block
            );
        }
    }
}

#[test]
fn every_spec_matches_the_reference_bit_for_bit() {
    for &ggml in formats::ALL {
        formats::visit(ggml, CheckAgainstReference).unwrap();
    }
}

#[test]
fn every_supported_format_has_a_spec() {
    let mut with_spec = formats::ALL.to_vec();
    let mut supported = GgmlType::SUPPORTED.to_vec();
    with_spec.sort();
    supported.sort();
    assert_eq!(with_spec, supported);
}
