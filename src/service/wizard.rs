//! Opening a wizard: the state a `/new`, a paid slot's activation and a refused model all
//! start from. The bot stores and draws it in the conversation it runs; the tracker reopens
//! one when the service refuses a paid slot's model.

use rand::Rng as _;
use teloxide::types::ChatId;

use super::activation::ActivationDraft;
use crate::{
    api::DeploymentId,
    conversation::{Draft, Field, Wizard},
};

/// A wizard for `owner` at the first missing answer of `draft`, for a new slot or the
/// already bought `slot`. A fresh random id makes the buttons of any earlier wizard stale.
pub fn open(owner: u64, draft: Draft, slot: Option<DeploymentId>) -> Wizard {
    let id = rand::thread_rng().r#gen();
    Wizard { id, owner, step: draft.next_step(), draft, slot, keyboard: false, submitted_at: None }
}

/// The wizard that asks the private chat `chat` again for the model the service refused
/// when it activated the paid slot `slot` with `draft`; every other answer is kept.
pub fn refused_model(chat: ChatId, slot: &DeploymentId, draft: ActivationDraft) -> Wizard {
    let mut draft = draft.into_draft();
    draft.clear(Field::Model);
    // A private chat's id is its user's id.
    open(chat.0 as u64, draft, Some(slot.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::Step;

    #[test]
    fn a_refused_model_reopens_the_wizard_where_the_model_is_chosen_for_the_slot() {
        let draft = Draft {
            mode: Some(crate::api::ApiMode::Byok),
            name: Some("Helper".into()),
            provider: Some("mistral".into()),
            model: Some("gone".into()),
            bot_token: Some(crate::conversation::SecretText::new("123:token")),
            model_key: Some(crate::conversation::SecretText::new("sk-model-key")),
            ..Draft::default()
        };
        let activation = ActivationDraft::from_draft(&draft).expect("complete");
        let slot = DeploymentId("dep_1".into());
        let wizard = refused_model(ChatId(42), &slot, activation);
        // In byok mode the provider is asked again with the model.
        assert_eq!((wizard.owner, wizard.step), (42, Step::Provider));
        assert_eq!(wizard.slot, Some(slot));
        assert_eq!(wizard.draft.name.as_deref(), Some("Helper"));
        assert!(wizard.draft.model.is_none() && !wizard.keyboard);
    }
}
