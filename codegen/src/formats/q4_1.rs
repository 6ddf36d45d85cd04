realm_macros::quant_format! {
    /// Q4_1: 32 elements, `d * q + m` with 4-bit `q`, nibbles packed as in Q4_0.
    pub struct Q4_1: Q4_1 {
        block = 32;
        field d: f16;
        field m: f16;
        field qs: [u8; 16];
        let q = qs.bits(4).span(16)[i];
        value = d * q + m;
    }
}
