realm_macros::quant_format! {
    /// Q6_K: 256 elements, `d * sc * (q - 32)` with 6-bit `q` (low nibbles in `ql`,
    /// high bit pairs in `qh`) and a signed 8-bit scale per 16 elements.
    pub struct Q6_K: Q6_K {
        block = 256;
        field ql: [u8; 128];
        field qh: [u8; 64];
        field scales: [u8; 16];
        field d: f16;
        let sc = scales.bits(8).signed()[i / 16];
        let q = (ql.bits(4).span(64)[i] | qh.bits(2).span(32)[i] << 4) - 32;
        value = d * sc * q;
    }
}
