realm_macros::quant_format! {
    /// Q4_0: 32 elements, `d * (q - 8)` with 4-bit `q`; byte `l` holds elements `l` (low nibble) and `l + 16`.
    pub struct Q4_0: Q4_0 {
        block = 32;
        field d: f16;
        field qs: [u8; 16];
        let q = qs.bits(4).span(16)[i] - 8;
        value = d * q;
    }
}
