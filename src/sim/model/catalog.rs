//! The models the simulated service accepts.

/// Whether the simulated service accepts `model` from `provider`.
///
/// Not in the reference: the catalog. The reference only says an unknown model is
/// INVALID_INPUT; the simulator accepts the families the bot offers and refuses anything
/// else, so the INVALID_INPUT paths can be exercised.
pub fn model_is_known(provider: &str, model: &str) -> bool {
    let model = model.trim();
    if model.is_empty() || model.contains(char::is_whitespace) {
        return false;
    }
    match provider {
        "anthropic" => model.starts_with("claude-"),
        "openai" => model.starts_with("gpt-") || model.starts_with('o'),
        "google" => model.starts_with("gemini-"),
        // OpenRouter ids are `vendor/model`.
        "openrouter" => model.split_once('/').is_some_and(|(v, m)| !v.is_empty() && !m.is_empty()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_catalog() {
        assert!(model_is_known("anthropic", "claude-sonnet-4-5-20250929"));
        assert!(model_is_known("openrouter", "anthropic/claude-sonnet-4.5"));
        assert!(!model_is_known("openrouter", "gpt-4o"));
        assert!(!model_is_known("mystery", "m"));
    }
}
