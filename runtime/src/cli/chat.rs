//! `realm chat`: an interactive conversation. Earlier turns stay in the KV
//! cache; each turn only computes the new tokens.

use super::ModelArgs;
use super::progress::load_engine;
use super::run::SamplingArgs;
use crate::chat::ChatMessage;
use crate::engine::Overflow;
use crate::generate::generate;
use anyhow::Result;
use clap::Args;
use std::io::{BufRead, Write};

#[derive(Args, Debug)]
pub struct ChatArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    #[arg(long)]
    pub system: Option<String>,
    #[command(flatten)]
    pub sampling: SamplingArgs,
}

pub fn chat(args: ChatArgs) -> Result<()> {
    let engine = load_engine(&args.model, false)?;
    let template = engine.chat_template()?;
    let opts = args.sampling.options();
    opts.sampling.validate().map_err(anyhow::Error::msg)?;
    let mut messages: Vec<ChatMessage> = args
        .system
        .iter()
        .map(|s| ChatMessage {
            role: "system".into(),
            content: s.clone(),
        })
        .collect();
    let mut cache = engine.new_cache();
    let mut cached: Vec<u32> = Vec::new();
    eprintln!(
        "Chatting with {} (/reset clears the conversation, /exit or Ctrl-D quits).",
        engine.path.display()
    );

    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        eprint!("> ");
        std::io::stderr().flush()?;
        let Some(line) = lines.next().transpose()? else {
            break;
        };
        let line = line.trim();
        match line {
            "" => continue,
            "/exit" | "/quit" => break,
            "/reset" => {
                messages.retain(|m| m.role == "system");
                continue;
            }
            _ => {}
        }
        messages.push(ChatMessage {
            role: "user".into(),
            content: line.to_owned(),
        });
        let prompt = match engine
            .chat_prompt(&template, &messages)
            .and_then(|p| engine.fit_prompt(p, Overflow::Error))
        {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e:#}");
                messages.pop();
                continue;
            }
        };
        let reused = engine.reuse_prefix(&mut cache, &cached, &prompt);
        let stdout = std::io::stdout();
        let generation = generate(&engine, &mut cache, &prompt, reused, &opts, &mut |piece| {
            let mut out = stdout.lock();
            let _ = out.write_all(piece.as_bytes());
            let _ = out.flush();
        })?;
        println!();
        cached = prompt;
        cached.extend(&generation.token_ids);
        // The cache holds every sampled token but the last one.
        cached.truncate(realm_models::KvCache::len(&cache));
        messages.push(ChatMessage {
            role: "assistant".into(),
            content: generation.text,
        });
    }
    Ok(())
}
