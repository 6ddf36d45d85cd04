realm_macros::quant_format! {
    /// IQ4_NL: 32 elements, `d * KVALUES[q]` with 4-bit `q` packed as in Q4_0 and a
    /// non-linear codebook.
    pub struct IQ4_NL: IQ4_NL {
        block = 32;
        field d: f16;
        field qs: [u8; 16];
        codebook KVALUES = realm_ir::dequant::KVALUES_IQ4NL;
        let q = KVALUES[qs.bits(4).span(16)[i]];
        value = d * q;
    }
}
