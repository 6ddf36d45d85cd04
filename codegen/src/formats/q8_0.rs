realm_macros::quant_format! {
    /// Q8_0: 32 elements, `d * q` with signed 8-bit `q`.
    pub struct Q8_0: Q8_0 {
        block = 32;
        field d: f16;
        field qs: [u8; 32];
        let q = qs.bits(8).signed()[i];
        value = d * q;
    }
}
