//! The curated providers and models the wizard offers as buttons, read from `models.json`
//! (data, not code: edit the file to change the offer). Users can always type others.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::api::ApiMode;

/// One provider for byok assistants and its suggested models.
#[derive(Debug, Clone, Deserialize)]
pub struct Provider {
    /// The id the API expects (`anthropic`).
    pub provider: String,
    /// What the button shows (`Anthropic`).
    pub label: String,
    /// Suggested model ids.
    pub models: Vec<String>,
}

/// The whole offer.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Catalog {
    /// Providers for byok.
    pub byok: Vec<Provider>,
    /// OpenRouter models for managed and unlimited.
    pub managed: Vec<String>,
}

/// The provider managed and unlimited deployments always use.
pub const MANAGED_PROVIDER: &str = "openrouter";

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    serde_json::from_str(include_str!("models.json")).unwrap_or_else(|e| {
        // A unit test parses the file, so this only guards a broken edit shipped untested.
        tracing::error!(error = %e, "models.json does not parse; offering free text only");
        Catalog::default()
    })
});

/// The catalog compiled into this build.
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

impl Catalog {
    /// The models to offer for `mode` and (byok) `provider`.
    pub fn models_for(&self, mode: &ApiMode, provider: Option<&str>) -> &[String] {
        if !mode.is_byok() {
            return &self.managed;
        }
        self.byok
            .iter()
            .find(|p| Some(p.provider.as_str()) == provider)
            .map_or(&[], |p| p.models.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_parses_and_offers_the_four_providers() {
        let catalog: Catalog = serde_json::from_str(include_str!("models.json")).expect("parses");
        let providers: Vec<&str> = catalog.byok.iter().map(|p| p.provider.as_str()).collect();
        assert_eq!(providers, ["anthropic", "openai", "openrouter", "google"]);
        assert!(catalog.byok.iter().all(|p| !p.models.is_empty()));
        assert!(!catalog.managed.is_empty());
        assert_eq!(
            catalog.models_for(&ApiMode::Byok, Some("google")),
            catalog.byok[3].models.as_slice()
        );
        assert!(catalog.models_for(&ApiMode::Byok, Some("mistral")).is_empty());
        assert_eq!(catalog.models_for(&ApiMode::Managed, None), catalog.managed.as_slice());
    }
}
