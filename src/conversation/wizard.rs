//! What the /new wizard has collected, and which step comes next.
//!
//! The next step is derived from the draft (the first field still missing), so Back, Change
//! and the normal forward path all use one rule: clear what must be asked again, then ask for
//! whatever is missing.

use serde::{Deserialize, Serialize};

use super::{Field, SecretText};
use crate::{
    api::{ApiMode, DeploymentId},
    catalog::MANAGED_PROVIDER,
};

/// A step of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Billing mode buttons.
    Mode,
    /// Free-text name.
    Name,
    /// Provider buttons or text (byok).
    Provider,
    /// Model buttons or text.
    Model,
    /// The assistant's bot token.
    BotToken,
    /// The model API key (byok).
    ModelKey,
    /// Confirm / Change / Cancel.
    Summary,
    /// Confirmed; the purchase or activation call is under way.
    Submitting,
}

/// What has been collected so far.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Draft {
    /// Billing mode.
    pub mode: Option<ApiMode>,
    /// Assistant name.
    pub name: Option<String>,
    /// Model provider.
    pub provider: Option<String>,
    /// Model id.
    pub model: Option<String>,
    /// The assistant bot's token.
    pub bot_token: Option<SecretText>,
    /// The assistant bot's @username, from getMe.
    pub bot_username: Option<String>,
    /// The byok model key.
    pub model_key: Option<SecretText>,
    /// The assistant bot's user id when this bot created it (a managed bot): its token can
    /// be replaced and its access set from the card.
    #[serde(default)]
    pub managed_bot: Option<u64>,
}

impl Draft {
    fn is_byok(&self) -> bool {
        self.mode.as_ref().is_some_and(ApiMode::is_byok)
    }

    /// The first step whose answer is missing; the summary when nothing is.
    pub fn next_step(&self) -> Step {
        if self.mode.is_none() {
            Step::Mode
        } else if self.name.is_none() {
            Step::Name
        } else if self.provider.is_none() {
            Step::Provider
        } else if self.model.is_none() {
            Step::Model
        } else if self.bot_token.is_none() {
            Step::BotToken
        } else if self.is_byok() && self.model_key.is_none() {
            Step::ModelKey
        } else {
            Step::Summary
        }
    }

    /// Sets the mode; managed modes get their fixed provider, and answers that no longer fit
    /// the new mode are dropped.
    pub fn set_mode(&mut self, mode: ApiMode) {
        if self.mode.as_ref() != Some(&mode) {
            self.provider = None;
            self.model = None;
            self.model_key = None;
        }
        if !mode.is_byok() {
            self.provider = Some(MANAGED_PROVIDER.to_owned());
        }
        self.mode = Some(mode);
    }

    /// Sets the provider; a model chosen for another provider is dropped.
    pub fn set_provider(&mut self, provider: String) {
        if self.provider.as_ref() != Some(&provider) {
            self.model = None;
        }
        self.provider = Some(provider);
    }

    /// Forgets a field (and what depends on it) so that it is asked again.
    pub fn clear(&mut self, field: Field) {
        match field {
            Field::Mode => {
                self.mode = None;
                self.provider = None;
                self.model = None;
                self.model_key = None;
            }
            Field::Name => self.name = None,
            Field::Model => {
                self.model = None;
                if self.is_byok() {
                    self.provider = None;
                }
            }
            Field::BotToken => {
                self.bot_token = None;
                self.bot_username = None;
                self.managed_bot = None;
            }
            Field::ModelKey => self.model_key = None,
        }
    }

    /// The step before `step`, with its answer cleared so it is asked again; `None` on the
    /// first step.
    pub fn back_from(&mut self, step: Step) -> Option<Step> {
        let target = match step {
            Step::Mode | Step::Submitting => return None,
            Step::Name => Step::Mode,
            Step::Provider => Step::Name,
            Step::Model if self.is_byok() => Step::Provider,
            Step::Model => Step::Name,
            Step::BotToken => Step::Model,
            Step::ModelKey => Step::BotToken,
            Step::Summary if self.is_byok() => Step::ModelKey,
            Step::Summary => Step::BotToken,
        };
        match target {
            Step::Mode => self.clear(Field::Mode),
            Step::Name => self.clear(Field::Name),
            Step::Provider => {
                self.provider = None;
                self.model = None;
            }
            Step::Model => self.model = None,
            Step::BotToken => self.clear(Field::BotToken),
            Step::ModelKey => self.clear(Field::ModelKey),
            Step::Summary | Step::Submitting => {}
        }
        Some(target)
    }

    /// Step number and total shown to the user ("Step 3 of 6").
    pub fn position(&self, step: Step) -> (usize, usize) {
        let total = if self.mode.is_some() && !self.is_byok() { 5 } else { 6 };
        let n = match step {
            Step::Mode => 1,
            Step::Name => 2,
            Step::Provider | Step::Model => 3,
            Step::BotToken => 4,
            Step::ModelKey => 5,
            Step::Summary | Step::Submitting => total,
        };
        (n, total)
    }
}

/// A /new conversation in progress.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Wizard {
    /// Random id carried by this wizard's buttons, so buttons of older wizards are stale.
    pub id: u32,
    /// The user who started it (only they can advance it).
    pub owner: u64,
    /// The step being asked.
    pub step: Step,
    /// What was collected.
    pub draft: Draft,
    /// An already purchased slot to activate instead of buying a new one.
    #[serde(default)]
    pub slot: Option<DeploymentId>,
    /// The "Create the bot for me" reply keyboard is up in the chat (a private one): it goes
    /// when the bot-token step is left.
    #[serde(default)]
    pub keyboard: bool,
    /// When Confirm sent the purchase (unix seconds), while `Submitting`: a purchase sent
    /// before a crash may still be on its way, and is looked for until it cannot be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete_byok() -> Draft {
        Draft {
            mode: Some(ApiMode::Byok),
            name: Some("A".into()),
            provider: Some("anthropic".into()),
            model: Some("claude-x".into()),
            bot_token: Some(SecretText::new("1:t")),
            bot_username: Some("a_bot".into()),
            model_key: Some(SecretText::new("sk-distinct-secret")),
            managed_bot: Some(900),
        }
    }

    #[test]
    fn steps_follow_the_missing_fields() {
        let mut draft = Draft::default();
        assert_eq!(draft.next_step(), Step::Mode);
        draft.set_mode(ApiMode::Managed);
        draft.name = Some("A".into());
        assert_eq!(draft.provider.as_deref(), Some("openrouter"));
        assert_eq!(draft.next_step(), Step::Model);
        draft.model = Some("openai/gpt-5".into());
        draft.bot_token = Some(SecretText::new("1:t"));
        assert_eq!(draft.next_step(), Step::Summary, "no model key for managed");
        assert_eq!(complete_byok().next_step(), Step::Summary);
    }

    #[test]
    fn changing_the_mode_drops_answers_that_no_longer_fit() {
        let mut draft = complete_byok();
        draft.set_mode(ApiMode::Unlimited);
        assert_eq!(draft.provider.as_deref(), Some("openrouter"));
        assert!(draft.model.is_none() && draft.model_key.is_none());
        assert_eq!(draft.next_step(), Step::Model);
    }

    #[test]
    fn back_reopens_the_previous_step() {
        let mut draft = complete_byok();
        assert_eq!(draft.back_from(Step::Summary), Some(Step::ModelKey));
        assert_eq!(draft.next_step(), Step::ModelKey);
        assert_eq!(draft.back_from(Step::ModelKey), Some(Step::BotToken));
        assert!(draft.bot_username.is_none() && draft.managed_bot.is_none());
        assert_eq!(draft.back_from(Step::Mode), None);
    }

    #[test]
    fn secrets_do_not_show_in_debug() {
        assert!(!format!("{:?}", complete_byok()).contains("distinct-secret"));
    }
}
