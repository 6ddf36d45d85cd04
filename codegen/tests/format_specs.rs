//! Every format spec, run on the host, against the reference dequantization in
//! `realm_ir::dequant`: the spec's layout must split real GGUF block bytes so
//! that its generated code reproduces ggml's values bit for bit.

use rand::SeedableRng;
use rand::rngs::StdRng;
use realm_codegen::conformance::inputs::random_blocks;
use realm_codegen::formats::{self, FormatSpec, FormatVisitor};
use realm_ir::GgmlType;

struct CheckAgainstReference;

impl FormatVisitor for CheckAgainstReference {
    type Output = ();

    fn visit<F: FormatSpec>(self) {
        let ggml = F::LAYOUT.ggml;
        let mut rng = StdRng::seed_from_u64(ggml.id() as u64);
        let n_blocks = 37;
        let bytes = random_blocks(&F::LAYOUT, &mut rng, n_blocks);
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
