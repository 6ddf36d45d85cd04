realm_macros::quant_format! {
    /// Q5_K: Q4_K with a fifth bit per element: bit `i / 32` of `qh[i % 32]`.
    pub struct Q5_K: Q5_K {
        block = 256;
        field d: f16;
        field dmin: f16;
        field scales: [u8; 12];
        field qh: [u8; 32];
        field qs: [u8; 128];
        let j = i / 32;
        let sc = if j < 4 { scales[j] & 63 } else { scales[j + 4] & 15 | (scales[j - 4] >> 6) << 4 };
        let m = if j < 4 { scales[j + 4] & 63 } else { scales[j + 4] >> 4 | (scales[j] >> 6) << 4 };
        let q = qs.bits(4).span(32)[i] | qh.bits(1).span(32)[i] << 4;
        value = d * sc * q - dmin * m;
    }
}
