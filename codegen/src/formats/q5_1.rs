realm_macros::quant_format! {
    /// Q5_1: 32 elements, `d * q + m` with 5-bit `q` packed as in Q5_0.
    pub struct Q5_1: Q5_1 {
        block = 32;
        field d: f16;
        field m: f16;
        field qh: [u8; 4];
        field qs: [u8; 16];
        let q = qs.bits(4).span(16)[i] | qh.bits(1)[i] << 4;
        value = d * q + m;
    }
}
