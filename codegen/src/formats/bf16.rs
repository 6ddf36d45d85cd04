realm_macros::quant_format! {
    /// BF16: bfloat16, the top half of an f32.
    pub struct Bf16: BF16 {
        block = 1;
        field x: bf16;
        value = x;
    }
}
