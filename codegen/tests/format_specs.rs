//! Every format spec, run on the host, against the reference dequantization in
//! `realm_ir::dequant`: the spec's layout must split real GGUF block bytes so
//! that its generated code reproduces ggml's values bit for bit.

use rand::SeedableRng;
use rand::rngs::StdRng;
use realm_codegen::conformance::inputs::random_blocks;
use realm_codegen::formats::{self, FormatSpec, FormatVisitor, Int8Spec, Int8Visitor};
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

/// Every integer format's decomposition, `scale * u + offset` with `u` read
/// four at a time, against the reference values: what the integer-dot
/// kernels compute from.
struct CheckInt8Decomposition;

impl Int8Visitor for CheckInt8Decomposition {
    type Output = ();

    fn visit<F: Int8Spec>(self) {
        let ggml = F::LAYOUT.ggml;
        let block = F::LAYOUT.block_elems;
        assert!(
            F::GROUP % 4 == 0 && block % F::GROUP == 0,
            "{}: group {}",
            ggml.name(),
            F::GROUP
        );
        let mut rng = StdRng::seed_from_u64(ggml.id() as u64 + 1);
        let n_blocks = 37;
        let bytes = random_blocks(&F::LAYOUT, &mut rng, n_blocks);
        let n_elements = n_blocks * block as usize;
        let reference = realm_ir::dequant::dequantize_to_vec(ggml, &bytes, n_elements).unwrap();
        let split = F::LAYOUT.split(&bytes).unwrap();
        for (k, want) in reference.iter().enumerate() {
            let (b, e) = ((k as u32) / block, (k as u32) % block);
            let word = F::quant_word_host(&split, n_blocks as u32, b, e / 4);
            let u = (word >> (8 * (e % 4))) & 255;
            let group_start = e / F::GROUP * F::GROUP;
            let scale = F::scale_host(&split, n_blocks as u32, b, group_start);
            let offset = F::offset_host(&split, n_blocks as u32, b, group_start);
            // Every element of the group gives the group's scale and offset.
            assert_eq!(
                scale.to_bits(),
                F::scale_host(&split, n_blocks as u32, b, e).to_bits(),
                "{}: scale of element {e} of block {b}",
                ggml.name()
            );
            assert_eq!(
                offset.to_bits(),
                F::offset_host(&split, n_blocks as u32, b, e).to_bits(),
                "{}: offset of element {e} of block {b}",
                ggml.name()
            );
            let got = scale * u as f32 + offset;
            // `d * (q - 8)` against `d * u - 8 * d`: f32 rounding only.
            let tolerance = 4.0 * f32::EPSILON * (scale.abs() * 256.0 + offset.abs());
            assert!(
                (got - want).abs() <= tolerance,
                "{}: element {e} of block {b}: {scale} * {u} + {offset} = {got}, reference {want}",
                ggml.name()
            );
        }
    }
}

#[test]
fn every_integer_format_is_a_scale_times_a_byte_plus_an_offset() {
    let mut integer = Vec::new();
    for &ggml in formats::ALL {
        if formats::visit(ggml, Int8Of).unwrap().is_some() {
            integer.push(ggml);
        }
    }
    // Every format but the float ones.
    let floats = [GgmlType::F32, GgmlType::F16, GgmlType::BF16];
    let want: Vec<GgmlType> = formats::ALL
        .iter()
        .copied()
        .filter(|f| !floats.contains(f))
        .collect();
    assert_eq!(integer, want);
}

/// Runs [`CheckInt8Decomposition`] on a format, if it is an integer one.
struct Int8Of;

impl FormatVisitor for Int8Of {
    type Output = Option<()>;

    fn visit<F: FormatSpec>(self) -> Option<()> {
        F::int8(CheckInt8Decomposition)
    }
}
