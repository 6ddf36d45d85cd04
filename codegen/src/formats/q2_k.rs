realm_macros::quant_format! {
    /// Q2_K: 256 elements, `d * sc * q - dmin * m` with 2-bit `q` and a 4-bit scale
    /// and min per 16 elements (low and high nibble of `scales[i / 16]`).
    pub struct Q2_K: Q2_K {
        block = 256;
        field scales: [u8; 16];
        field qs: [u8; 64];
        field d: f16;
        field dmin: f16;
        let j = i / 16;
        let sc = scales.bits(4).span(16)[j];
        let m = scales.bits(4).span(16)[j + 16];
        let q = qs.bits(2).span(32)[i];
        value = d * sc * q - dmin * m;
    }
}
