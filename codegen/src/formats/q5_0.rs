realm_macros::quant_format! {
    /// Q5_0: 32 elements, `d * (q - 16)` with 5-bit `q`: low nibbles as in Q4_0, bit 4 is bit `i` of `qh`.
    pub struct Q5_0: Q5_0 {
        block = 32;
        field d: f16;
        field qh: [u8; 4];
        field qs: [u8; 16];
        let q = (qs.bits(4).span(16)[i] | qh.bits(1)[i] << 4) - 16;
        value = d * q;
    }
}
