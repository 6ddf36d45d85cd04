//! Chat templates against llama.cpp's reference prompts: SmolLM2's own
//! template (embedded here, and read from the real GGUF in the ignored tests)
//! and the Gemma fallback, plus the template context and its errors.

mod common;

use common::{read_json_lossy, real_model, shared_dir};
use realm_runtime::chat::{ChatError, ChatMessage, ChatTemplate};
use realm_runtime::gguf::{GgufFile, GgufWriter, MetaValue};

/// `tokenizer.chat_template` of SmolLM2-135M-Instruct.Q4_1.gguf, verbatim.
const SMOLLM2_TEMPLATE: &str = "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

/// SmolLM2's BOS (id 1) is `<|im_start|>`, its EOS (id 2) `<|im_end|>`.
const SMOL_BOS: &str = "<|im_start|>";
const SMOL_EOS: &str = "<|im_end|>";

const QUESTION: &str = "What is the capital of France?";

fn msg(role: &str, content: &str) -> ChatMessage {
    ChatMessage {
        role: role.into(),
        content: content.into(),
    }
}

/// The `prompt` of a case in llama.cpp's reference outputs.
fn reference_prompt(case: &str) -> String {
    let json = read_json_lossy(&shared_dir().join("reference/llamacpp_greedy.json"));
    let cases = json["cases"].as_array().expect("cases");
    let case = cases
        .iter()
        .find(|c| c["id"] == case)
        .unwrap_or_else(|| panic!("no case {case}"));
    case["prompt"].as_str().expect("prompt").to_owned()
}

fn render(source: &str, messages: &[ChatMessage]) -> Result<String, ChatError> {
    ChatTemplate::from_source(source, SMOL_BOS, SMOL_EOS)?.render(messages, true)
}

/// A GGUF image holding only metadata.
fn gguf_with(entries: &[(&str, MetaValue)]) -> GgufFile {
    let mut writer = GgufWriter::new();
    for (key, value) in entries {
        writer.set(key, value.clone());
    }
    GgufFile::from_bytes(writer.to_bytes()).expect("tiny GGUF parses")
}

/// What SmolLM2's template must give for one user question, checked against
/// llama.cpp's reference prompts.
fn check_smollm2_single_question(template: &ChatTemplate) {
    let rendered = template.render(&[msg("user", QUESTION)], true).unwrap();
    // The template inserts its default system prompt when the conversation
    // has none, so it gives the "with_default_system" case ...
    assert_eq!(
        rendered,
        reference_prompt("smollm2_chatml_with_default_system")
    );
    // ... and not the bare ChatML of the "user_only" case.
    assert_ne!(rendered, reference_prompt("smollm2_chatml_user_only"));
    // SmolLM2's BOS text is `<|im_start|>`, so the rendered text does start
    // with BOS; the model has add_bos_token=false, so no BOS is doubled.
    assert!(template.starts_with_bos(&rendered, SMOL_BOS));
}

#[test]
fn smollm2_template_renders_llamacpp_reference_prompt() {
    let template = ChatTemplate::from_source(SMOLLM2_TEMPLATE, SMOL_BOS, SMOL_EOS).unwrap();
    assert!(!template.is_fallback());
    check_smollm2_single_question(&template);
}

#[test]
fn smollm2_template_multi_turn_keeps_given_system_prompt() {
    let messages = [
        msg("system", "Be brief."),
        msg("user", "Hi"),
        msg("assistant", "Hello!"),
        msg("user", "Bye"),
    ];
    let template = ChatTemplate::from_source(SMOLLM2_TEMPLATE, SMOL_BOS, SMOL_EOS).unwrap();
    assert_eq!(
        template.render(&messages, true).unwrap(),
        "<|im_start|>system\nBe brief.<|im_end|>\n\
         <|im_start|>user\nHi<|im_end|>\n\
         <|im_start|>assistant\nHello!<|im_end|>\n\
         <|im_start|>user\nBye<|im_end|>\n\
         <|im_start|>assistant\n"
    );
    // Without the generation prompt the text ends after the last turn.
    let closed = template.render(&messages, false).unwrap();
    assert!(
        closed.ends_with("<|im_start|>user\nBye<|im_end|>\n"),
        "{closed:?}"
    );
}

#[test]
#[ignore = "needs the SmolLM2 GGUF in the model cache; run by .ci/test-all"]
fn smollm2_gguf_template_is_the_embedded_one() {
    let file = GgufFile::open(&real_model("SmolLM2-135M-Instruct.Q4_1.gguf")).unwrap();
    let stored = file
        .metadata("tokenizer.chat_template")
        .and_then(|v| v.as_str());
    assert_eq!(stored, Some(SMOLLM2_TEMPLATE));
    let template = ChatTemplate::from_gguf(&file, SMOL_BOS, SMOL_EOS).unwrap();
    assert!(!template.is_fallback());
    check_smollm2_single_question(&template);
}

/// The `gemma3_chat` prompt has no `<bos>`: llama.cpp's tokenizer adds it
/// (its prompt_token_ids start with 2), and the fallback must not write it.
fn check_gemma_single_question(template: &ChatTemplate) {
    let rendered = template.render(&[msg("user", QUESTION)], true).unwrap();
    assert_eq!(rendered, reference_prompt("gemma3_chat"));
    assert!(!template.starts_with_bos(&rendered, "<bos>"));
}

#[test]
fn gemma_fallback_renders_llamacpp_reference_prompt() {
    let template = ChatTemplate::fallback_for("gemma3", "<bos>", "<eos>").unwrap();
    assert!(template.is_fallback());
    check_gemma_single_question(&template);
}

#[test]
fn gguf_without_template_falls_back_by_architecture() {
    let gemma = gguf_with(&[("general.architecture", MetaValue::String("gemma3".into()))]);
    let template = ChatTemplate::from_gguf(&gemma, "<bos>", "<eos>").unwrap();
    assert!(template.is_fallback());
    check_gemma_single_question(&template);

    let llama = gguf_with(&[("general.architecture", MetaValue::String("llama".into()))]);
    let template = ChatTemplate::from_gguf(&llama, "<s>", "</s>").unwrap();
    assert!(template.is_fallback());
    assert_eq!(
        template.render(&[msg("user", QUESTION)], true).unwrap(),
        reference_prompt("smollm2_chatml_user_only")
    );
}

#[test]
fn gguf_template_is_used_when_present() {
    let file = gguf_with(&[
        ("general.architecture", MetaValue::String("gemma3".into())),
        (
            "tokenizer.chat_template",
            MetaValue::String(SMOLLM2_TEMPLATE.into()),
        ),
    ]);
    let template = ChatTemplate::from_gguf(&file, SMOL_BOS, SMOL_EOS).unwrap();
    assert!(!template.is_fallback());
    check_smollm2_single_question(&template);
}

#[test]
fn gguf_template_of_the_wrong_type_is_an_error() {
    let file = gguf_with(&[("tokenizer.chat_template", MetaValue::U32(7))]);
    let err = ChatTemplate::from_gguf(&file, "", "").err().expect("error");
    assert!(matches!(err, ChatError::Metadata { .. }), "{err:?}");
    assert!(err.to_string().contains("tokenizer.chat_template"), "{err}");
}

#[test]
#[ignore = "needs the Gemma 3 GGUF in the model cache; run by .ci/test-all"]
fn gemma3_gguf_has_no_template_and_gets_the_gemma_fallback() {
    let file = GgufFile::open(&real_model("gemma3-270m-q4_k_m.gguf")).unwrap();
    assert!(file.metadata("tokenizer.chat_template").is_none());
    let template = ChatTemplate::from_gguf(&file, "<bos>", "<eos>").unwrap();
    assert!(template.is_fallback());
    check_gemma_single_question(&template);
}

#[test]
fn gemma_fallback_folds_system_into_first_user_turn() {
    let template = ChatTemplate::fallback_for("gemma", "<bos>", "<eos>").unwrap();
    let messages = [
        msg("system", "  Answer in French. "),
        msg("user", " Hi\n"),
        msg("assistant", "Bonjour !"),
        msg("user", "Bye"),
    ];
    assert_eq!(
        template.render(&messages, true).unwrap(),
        "<start_of_turn>user\nAnswer in French.\n\nHi<end_of_turn>\n\
         <start_of_turn>model\nBonjour !<end_of_turn>\n\
         <start_of_turn>user\nBye<end_of_turn>\n\
         <start_of_turn>model\n"
    );
    assert_eq!(
        template.render(&messages[..2], false).unwrap(),
        "<start_of_turn>user\nAnswer in French.\n\nHi<end_of_turn>\n"
    );
}

#[test]
fn chatml_fallback_writes_every_role() {
    let template = ChatTemplate::fallback_for("qwen2", "", "<|im_end|>").unwrap();
    let messages = [msg("system", "S"), msg("user", "U"), msg("assistant", "A")];
    assert_eq!(
        template.render(&messages, false).unwrap(),
        "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\nA<|im_end|>\n"
    );
    // No BOS text: nothing can match it.
    assert!(!template.starts_with_bos("<|im_start|>", ""));
}

#[test]
fn syntax_error_is_reported_at_parse_time() {
    let err = ChatTemplate::from_source("{% for m in messages %}{{ m.content }}", "", "")
        .err()
        .expect("error");
    assert!(matches!(err, ChatError::Syntax(_)), "{err:?}");
    assert!(err.to_string().contains("chat_template"), "{err}");
}

#[test]
fn raise_exception_carries_the_templates_message() {
    let source = "{% for m in messages %}{% if m.role not in ['user', 'assistant'] %}\
                  {{ raise_exception('Only user and assistant roles are supported!') }}\
                  {% endif %}{{ m.content }}{% endfor %}";
    let err = render(source, &[msg("user", "a"), msg("tool", "b")]).unwrap_err();
    match &err {
        ChatError::Raised(m) => assert_eq!(m, "Only user and assistant roles are supported!"),
        other => panic!("expected Raised, got {other:?}"),
    }
    assert!(
        err.to_string()
            .contains("Only user and assistant roles are supported!")
    );
    // The same template accepts a valid conversation.
    assert_eq!(
        render(source, &[msg("user", "a"), msg("assistant", "b")]).unwrap(),
        "ab"
    );
}

#[test]
fn other_render_failures_are_render_errors() {
    let err = render("{{ no_such_function() }}", &[]).unwrap_err();
    assert!(matches!(err, ChatError::Render(_)), "{err:?}");
}

#[test]
fn context_has_special_tokens_and_python_methods() {
    let source = "{{ bos_token }}{% for m in messages %}{{ m['content'].strip().upper() }}\
                  {% if m.content.startswith(' x') %}!{% endif %}{% endfor %}{{ eos_token }}";
    assert_eq!(
        render(source, &[msg("user", " x y ")]).unwrap(),
        "<|im_start|>X Y!<|im_end|>"
    );
}

#[test]
fn block_whitespace_is_trimmed_like_transformers() {
    // transformers renders with trim_blocks and lstrip_blocks: block tags on
    // their own lines leave no blank lines or indentation behind.
    let source =
        "{% for m in messages %}\n  {% if true %}\n{{ m.content }}\n  {% endif %}\n{% endfor %}\n";
    assert_eq!(
        render(source, &[msg("user", "a"), msg("user", "b")]).unwrap(),
        "a\nb\n"
    );
}

#[test]
fn tojson_matches_python_json_dumps() {
    let source = "{{ {'a': 1, 'b': [true, none, 'x\"y', 0.5], 'c': 'é'} | tojson }}";
    assert_eq!(
        render(source, &[]).unwrap(),
        r#"{"a": 1, "b": [true, null, "x\"y", 0.5], "c": "é"}"#
    );
    let source = "{{ {'a': [1, 2], 'b': {}} | tojson(indent=2) }}";
    assert_eq!(
        render(source, &[]).unwrap(),
        "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}"
    );
    let ascii = render("{{ 'é' | tojson(ensure_ascii=true) }}", &[]).unwrap();
    assert_eq!(ascii, r#""\u00e9""#);
}

#[test]
fn strftime_now_gives_the_current_year() {
    let year: i32 = render("{{ strftime_now('%Y') }}", &[])
        .unwrap()
        .parse()
        .unwrap();
    assert!((2025..2200).contains(&year), "{year}");
    let date = render("{{ strftime_now('%d %b %Y') }}", &[]).unwrap();
    assert_eq!(date.len(), 11, "{date:?}");
    let err = render("{{ strftime_now('%j') }}", &[]).unwrap_err();
    assert!(err.to_string().contains("%j"), "{err}");
}

#[test]
fn messages_deserialize_from_openai_json() {
    let messages: Vec<ChatMessage> =
        serde_json::from_str(r#"[{"role": "user", "content": "hi"}]"#).unwrap();
    assert_eq!(messages, vec![msg("user", "hi")]);
}
