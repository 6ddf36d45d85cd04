//! Chat templates: turning a conversation into the prompt text a model was
//! trained on, the way Hugging Face's `apply_chat_template` and llama.cpp do.
//!
//! A GGUF file carries its template as a Jinja source in
//! `tokenizer.chat_template`; we render it with minijinja under the same
//! rules as Hugging Face (`trim_blocks` and `lstrip_blocks` on, loop
//! controls, Python string methods such as `.strip()` via minijinja-contrib's
//! pycompat) and the same context:
//!
//! - `messages`: a list of `{role, content}` maps,
//! - `add_generation_prompt`: whether to open the assistant's turn,
//! - `bos_token`, `eos_token`: the model's special token texts,
//! - `raise_exception(msg)`: aborts rendering; the message becomes
//!   [`ChatError::Raised`],
//! - `strftime_now(fmt)`: the current UTC date and time; it understands
//!   `%Y %y %m %d %e %B %b %A %a %H %M %S %%`, and anything else is an error
//!   rather than silently wrong text,
//! - `tojson`: Python's `json.dumps` as Hugging Face configures it
//!   (`", "` and `": "` separators, non-ASCII kept), so tool schemas render
//!   byte-for-byte alike.
//!
//! # BOS
//!
//! Realm tokenizes rendered chat text with `parse_special = true` (so
//! `<|im_start|>` becomes one token) and `add_special = true` (so a model
//! whose `tokenizer.ggml.add_bos_token` is set gets its BOS), which is what
//! llama.cpp does. Many templates start with `{{ bos_token }}` themselves; a
//! model with such a template *and* `add_bos_token = true` would then begin
//! with two BOS tokens. llama.cpp only warns about that; Realm's caller checks
//! [`ChatTemplate::starts_with_bos`] and skips the tokenizer's BOS instead.
//!
//! # Fallback when the model has no template
//!
//! Base models often ship without `tokenizer.chat_template` (Gemma 3 270M
//! base does). [`ChatTemplate::fallback_for`] then picks by
//! `general.architecture`, matching llama.cpp's built-in templates:
//!
//! - `gemma`, `gemma2`, `gemma3`: Gemma's turn format,
//!   `<start_of_turn>user\n{content}<end_of_turn>\n` per message, the
//!   assistant's role written `model`, contents trimmed, system messages
//!   folded into the next user turn as `{system}\n\n{content}` (Gemma has no
//!   system role), and `<start_of_turn>model\n` as the generation prompt;
//! - everything else: ChatML, `<|im_start|>{role}\n{content}<|im_end|>\n` per
//!   message and `<|im_start|>assistant\n` as the generation prompt.
//!
//! Neither fallback writes BOS: the tokenizer adds it when the model asks for
//! one. Their exact Jinja sources are [`GEMMA_FALLBACK`] and
//! [`CHATML_FALLBACK`].

use crate::gguf::GgufFile;
use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, ErrorKind};
use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

/// The name the template is registered under; minijinja quotes it in errors.
const TEMPLATE_NAME: &str = "chat_template";

/// llama.cpp's built-in `gemma` template, written in Jinja.
pub const GEMMA_FALLBACK: &str = "\
{%- set ns = namespace(system='') -%}
{%- for message in messages -%}
{%- if message.role == 'system' -%}
{%- set ns.system = ns.system + message.content | trim -%}
{%- else -%}
{%- set role = 'model' if message.role == 'assistant' else message.role -%}
{{- '<start_of_turn>' + role + '\\n' -}}
{%- if ns.system and role != 'model' -%}
{{- ns.system + '\\n\\n' -}}
{%- set ns.system = '' -%}
{%- endif -%}
{{- message.content | trim + '<end_of_turn>\\n' -}}
{%- endif -%}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{- '<start_of_turn>model\\n' -}}
{%- endif -%}";

/// llama.cpp's built-in `chatml` template, written in Jinja.
pub const CHATML_FALLBACK: &str = "\
{%- for message in messages -%}
{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' -}}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{- '<|im_start|>assistant\\n' -}}
{%- endif -%}";

/// One turn of a conversation.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("chat template does not parse: {0}")]
    Syntax(String),
    #[error("chat template failed to render: {0}")]
    Render(String),
    /// The template itself refused the conversation via `raise_exception`.
    #[error("chat template rejected the conversation: {0}")]
    Raised(String),
    #[error("GGUF metadata {key} should be a string")]
    Metadata { key: &'static str },
}

/// Marks a `raise_exception` call in minijinja's error chain, so `render` can
/// tell the template's own refusal from a template bug.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Raised(String);

/// A parsed chat template plus the special tokens it may reference.
pub struct ChatTemplate {
    env: Environment<'static>,
    bos_token: String,
    eos_token: String,
    fallback: bool,
}

impl ChatTemplate {
    /// The model's `tokenizer.chat_template`, or the documented fallback
    /// (chosen by `general.architecture`) when it has none.
    pub fn from_gguf(
        file: &GgufFile,
        bos_token: &str,
        eos_token: &str,
    ) -> Result<ChatTemplate, ChatError> {
        const KEY: &str = "tokenizer.chat_template";
        match file.metadata(KEY) {
            Some(value) => {
                let source = value.as_str().ok_or(ChatError::Metadata { key: KEY })?;
                ChatTemplate::from_source(source, bos_token, eos_token)
            }
            None => {
                let arch = file
                    .metadata("general.architecture")
                    .and_then(|v| v.as_str())
                    .unwrap_or("");
                ChatTemplate::fallback_for(arch, bos_token, eos_token)
            }
        }
    }

    /// Parses a Jinja chat template; syntax errors surface here, not at render.
    pub fn from_source(
        source: &str,
        bos_token: &str,
        eos_token: &str,
    ) -> Result<ChatTemplate, ChatError> {
        ChatTemplate::build(source.to_owned(), bos_token, eos_token, false)
    }

    /// The template Realm uses for an architecture whose GGUF has none:
    /// Gemma's turn format for the Gemma family, ChatML otherwise.
    pub fn fallback_for(
        arch: &str,
        bos_token: &str,
        eos_token: &str,
    ) -> Result<ChatTemplate, ChatError> {
        let source = match arch {
            "gemma" | "gemma2" | "gemma3" => GEMMA_FALLBACK,
            _ => CHATML_FALLBACK,
        };
        ChatTemplate::build(source.to_owned(), bos_token, eos_token, true)
    }

    fn build(
        source: String,
        bos_token: &str,
        eos_token: &str,
        fallback: bool,
    ) -> Result<ChatTemplate, ChatError> {
        let mut env = environment();
        env.add_template_owned(TEMPLATE_NAME, source)
            .map_err(|e| ChatError::Syntax(e.to_string()))?;
        Ok(ChatTemplate {
            env,
            bos_token: bos_token.to_owned(),
            eos_token: eos_token.to_owned(),
            fallback,
        })
    }

    /// Whether this is Realm's fallback rather than the model's own template.
    pub fn is_fallback(&self) -> bool {
        self.fallback
    }

    /// Renders a conversation; with `add_generation_prompt` the text ends by
    /// opening the assistant's turn, ready for generation.
    pub fn render(
        &self,
        messages: &[ChatMessage],
        add_generation_prompt: bool,
    ) -> Result<String, ChatError> {
        let messages: Value = messages
            .iter()
            .map(|m| {
                Value::from_pairs([
                    ("role", Value::from(m.role.as_str())),
                    ("content", Value::from(m.content.as_str())),
                ])
            })
            .collect();
        let ctx = minijinja::context! {
            messages,
            add_generation_prompt,
            bos_token => self.bos_token.as_str(),
            eos_token => self.eos_token.as_str(),
        };
        let template = self
            .env
            .get_template(TEMPLATE_NAME)
            .map_err(|e| ChatError::Render(e.to_string()))?;
        template.render(ctx).map_err(render_error)
    }

    /// Whether `rendered` already begins with the BOS text `bos`, in which
    /// case the caller must not let the tokenizer add another one. An empty
    /// `bos` (a model without BOS) never matches.
    pub fn starts_with_bos(&self, rendered: &str, bos: &str) -> bool {
        !bos.is_empty() && rendered.starts_with(bos)
    }
}

/// A `raise_exception` anywhere in the chain becomes [`ChatError::Raised`].
fn render_error(err: minijinja::Error) -> ChatError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(e) = source {
        if let Some(Raised(msg)) = e.downcast_ref::<Raised>() {
            return ChatError::Raised(msg.clone());
        }
        source = e.source();
    }
    ChatError::Render(err.to_string())
}

/// An environment configured like Hugging Face's template sandbox.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // Jinja2 as transformers configures it; these cannot fail to build.
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.set_unknown_method_callback(minijinja_contrib::pycompat::unknown_method_callback);
    env.add_function("raise_exception", |msg: String| -> Result<Value, _> {
        Err(
            minijinja::Error::new(ErrorKind::InvalidOperation, msg.clone())
                .with_source(Raised(msg)),
        )
    });
    env.add_function("strftime_now", |fmt: String| {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        strftime_utc(&fmt, now).map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, e))
    });
    env.add_filter("tojson", tojson);
    env
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Python's `strftime` for the directives chat templates use, in UTC.
fn strftime_utc(fmt: &str, unix_secs: i64) -> Result<String, String> {
    let days = unix_secs.div_euclid(86_400);
    let secs_of_day = unix_secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    // 1970-01-01 was a Thursday.
    let weekday = (days + 4).rem_euclid(7) as usize;
    let month_name = MONTHS[month as usize - 1];
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let _ = match chars.next() {
            Some('Y') => write!(out, "{year}"),
            Some('y') => write!(out, "{:02}", year.rem_euclid(100)),
            Some('m') => write!(out, "{month:02}"),
            Some('d') => write!(out, "{day:02}"),
            Some('e') => write!(out, "{day:>2}"),
            Some('B') => write!(out, "{month_name}"),
            Some('b') => write!(out, "{}", &month_name[..3]),
            Some('A') => write!(out, "{}", WEEKDAYS[weekday]),
            Some('a') => write!(out, "{}", &WEEKDAYS[weekday][..3]),
            Some('H') => write!(out, "{:02}", secs_of_day / 3600),
            Some('M') => write!(out, "{:02}", secs_of_day / 60 % 60),
            Some('S') => write!(out, "{:02}", secs_of_day % 60),
            Some('%') => write!(out, "%"),
            Some(other) => {
                return Err(format!(
                    "strftime_now: unsupported directive %{other} \
                     (supported: %Y %y %m %d %e %B %b %A %a %H %M %S %%)"
                ));
            }
            None => return Err("strftime_now: format ends with a lone %".into()),
        };
    }
    Ok(out)
}

/// (year, month 1-12, day 1-31) of a day count since 1970-01-01, from Howard
/// Hinnant's `civil_from_days` (proleptic Gregorian calendar).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The `tojson` filter as transformers defines it: `json.dumps(x,
/// ensure_ascii=False, indent=None, sort_keys=False)`, which differs from
/// minijinja's built-in in separators and in not HTML-escaping.
fn tojson(value: &Value, kwargs: Kwargs) -> Result<Value, minijinja::Error> {
    let indent: Option<usize> = kwargs.get("indent")?;
    let ensure_ascii: Option<bool> = kwargs.get("ensure_ascii")?;
    let sort_keys: Option<bool> = kwargs.get("sort_keys")?;
    kwargs.assert_all_used()?;
    let style = JsonStyle {
        indent,
        ensure_ascii: ensure_ascii.unwrap_or(false),
        sort_keys: sort_keys.unwrap_or(false),
    };
    let mut out = String::new();
    write_json(&mut out, value, &style, 0)?;
    Ok(Value::from(out))
}

struct JsonStyle {
    indent: Option<usize>,
    ensure_ascii: bool,
    sort_keys: bool,
}

impl JsonStyle {
    /// What goes between items: `", "` inline, `",\n" + indent` when indenting.
    fn break_line(&self, out: &mut String, depth: usize) {
        if let Some(n) = self.indent {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', n * depth));
        }
    }
}

fn write_json(
    out: &mut String,
    value: &Value,
    style: &JsonStyle,
    depth: usize,
) -> Result<(), minijinja::Error> {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => out.push_str("null"),
        ValueKind::Bool => out.push_str(if value.is_true() { "true" } else { "false" }),
        ValueKind::Number => match value.as_i64() {
            Some(i) if value.is_integer() => {
                let _ = write!(out, "{i}");
            }
            _ => {
                let f = f64::try_from(value.clone())?;
                write_float(out, f);
            }
        },
        ValueKind::String => write_json_string(out, value.as_str().unwrap_or(""), style),
        ValueKind::Seq | ValueKind::Iterable => {
            let items: Vec<Value> = value.try_iter()?.collect();
            write_container(out, '[', ']', &items, style, depth, |out, item| {
                write_json(out, item, style, depth + 1)
            })?;
        }
        ValueKind::Map => {
            let mut keys: Vec<Value> = value.try_iter()?.collect();
            if style.sort_keys {
                keys.sort();
            }
            write_container(out, '{', '}', &keys, style, depth, |out, key| {
                write_json_string(out, &key.to_string(), style);
                out.push_str(": ");
                write_json(out, &value.get_item(key)?, style, depth + 1)
            })?;
        }
        _ => {
            return Err(minijinja::Error::new(
                ErrorKind::InvalidOperation,
                format!("tojson: cannot serialise a {} value", value.kind()),
            ));
        }
    }
    Ok(())
}

/// Brackets, separators and indentation shared by lists and maps.
fn write_container<T>(
    out: &mut String,
    open: char,
    close: char,
    items: &[T],
    style: &JsonStyle,
    depth: usize,
    mut write_item: impl FnMut(&mut String, &T) -> Result<(), minijinja::Error>,
) -> Result<(), minijinja::Error> {
    out.push(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
            if style.indent.is_none() {
                out.push(' ');
            }
        }
        style.break_line(out, depth + 1);
        write_item(out, item)?;
    }
    if !items.is_empty() {
        style.break_line(out, depth);
    }
    out.push(close);
    Ok(())
}

/// Python's float `repr` for the common cases (`1.0`, `0.5`, `1e+20`).
fn write_float(out: &mut String, f: f64) {
    let _ = if f.is_nan() {
        write!(out, "NaN")
    } else if f.is_infinite() {
        write!(out, "{}", if f > 0.0 { "Infinity" } else { "-Infinity" })
    } else if f.fract() == 0.0 && f.abs() < 1e16 {
        write!(out, "{f:.1}")
    } else if f.abs() >= 1e16 || f.abs() < 1e-4 {
        let s = format!("{f:e}");
        // Rust writes `1e20`/`1e-5`; Python writes `1e+20`/`1e-05`.
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let (sign, digits) = exp.strip_prefix('-').map_or(("+", exp), |d| ("-", d));
        write!(out, "{mantissa}e{sign}{digits:0>2}")
    } else {
        write!(out, "{f}")
    };
}

fn write_json_string(out: &mut String, s: &str, style: &JsonStyle) {
    out.push('"');
    for c in s.chars() {
        let _ = match c {
            '"' => write!(out, "\\\""),
            '\\' => write!(out, "\\\\"),
            '\n' => write!(out, "\\n"),
            '\r' => write!(out, "\\r"),
            '\t' => write!(out, "\\t"),
            '\u{8}' => write!(out, "\\b"),
            '\u{c}' => write!(out, "\\f"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32),
            c if style.ensure_ascii && !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
                Ok(())
            }
            c => write!(out, "{c}"),
        };
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strftime_known_instants() {
        // 2000-02-29 (a leap day, a Tuesday) 13:05:09 UTC.
        let t = 951_829_509;
        assert_eq!(
            strftime_utc("%Y-%m-%d %H:%M:%S", t).unwrap(),
            "2000-02-29 13:05:09"
        );
        assert_eq!(
            strftime_utc("%A %a %B %b %e %y %%", t).unwrap(),
            "Tuesday Tue February Feb 29 00 %"
        );
        assert_eq!(strftime_utc("%d %b %Y", 0).unwrap(), "01 Jan 1970");
        // The last second of 2024 and the day before the epoch.
        assert_eq!(
            strftime_utc("%Y-%m-%d", 1_735_689_599).unwrap(),
            "2024-12-31"
        );
        assert_eq!(
            strftime_utc("%Y-%m-%d %A", -1).unwrap(),
            "1969-12-31 Wednesday"
        );
    }

    #[test]
    fn strftime_rejects_unknown_directives() {
        let err = strftime_utc("%Y %j", 0).unwrap_err();
        assert!(err.contains("%j"), "{err}");
        assert!(strftime_utc("50%", 0).is_err());
    }

    #[test]
    fn floats_print_like_python() {
        let cases = [
            (1.0, "1.0"),
            (0.5, "0.5"),
            (1e20, "1e+20"),
            (1.5e-5, "1.5e-05"),
            (-2.25, "-2.25"),
        ];
        for (f, want) in cases {
            let mut s = String::new();
            write_float(&mut s, f);
            assert_eq!(s, want);
        }
    }
}
