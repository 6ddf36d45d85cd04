realm_macros::quant_format! {
    /// IQ4_XS: 256 elements, `d * (ls - 32) * KVALUES[q]` with IQ4_NL's codebook and a
    /// 6-bit scale per 32 elements (low nibbles in `scales_l`, high bit pairs in `scales_h`).
    pub struct IQ4_XS: IQ4_XS {
        block = 256;
        field d: f16;
        field scales_h: [u8; 2];
        field scales_l: [u8; 4];
        field qs: [u8; 128];
        codebook KVALUES = realm_ir::dequant::KVALUES_IQ4NL;
        let j = i / 32;
        let ls = (scales_l.bits(4)[j] | scales_h.bits(2)[j] << 4) - 32;
        let q = KVALUES[qs.bits(4).span(16)[i]];
        value = d * ls * q;
    }
}
