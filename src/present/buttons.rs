//! Inline-button payloads: one typed enum, formatted and parsed in one place. The schema
//! parses a press once and hands the typed value to the handlers.
//!
//! Telegram gives callback data back verbatim, but a modified client can send anything, so
//! parsing is strict and everything that does not parse is treated as a stale button. The
//! encoding stays well under Telegram's 64-byte limit: wizard ids are 8 hex digits and
//! catalog entries are referenced by index.

use std::fmt;

use crate::{api::ApiMode, conversation::Field, i18n::Lang};

/// Each field's tag in button data.
const FIELD_TAGS: [(Field, &str); 5] = [
    (Field::Mode, "mode"),
    (Field::Name, "name"),
    (Field::Model, "model"),
    (Field::BotToken, "token"),
    (Field::ModelKey, "key"),
];

fn field_tag(field: Field) -> &'static str {
    FIELD_TAGS.iter().find(|(f, _)| *f == field).map_or("", |(_, t)| t)
}

fn field_from_tag(tag: &str) -> Option<Field> {
    FIELD_TAGS.iter().find(|(_, t)| *t == tag).map(|(f, _)| *f)
}

/// What a wizard button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WizardAction {
    /// Choose a billing mode.
    Mode(ApiMode),
    /// Choose the catalog's n-th provider.
    Provider(usize),
    /// Type a provider that is not listed.
    ProviderOther,
    /// Choose the n-th model offered for the draft's provider.
    Model(usize),
    /// Type a model that is not listed.
    ModelOther,
    /// Go one step back.
    Back,
    /// Leave the wizard.
    Cancel,
    /// Buy (or activate) with what was collected.
    Confirm,
    /// Show the Change menu.
    Change,
    /// Leave the Change menu for the summary.
    ShowSummary,
    /// In a group: get a one-time link to give the secrets in private.
    Handoff,
    /// Reopen one field.
    ChangeField(Field),
}

/// What a card button asks for. Its tag in button data is its name in kebab case, unless
/// given; the two `disabled` ones are written another way (see [`CardAction::tag`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "kebab-case")]
pub enum CardAction {
    /// Stop the deployment.
    Stop,
    /// Deploy again.
    Redeploy,
    /// Show the fields that can be edited.
    Edit,
    /// Edit one field.
    #[strum(disabled)]
    EditField(Field),
    /// Run the wizard's remaining steps for a paid slot.
    Activate,
    /// Ask for confirmation of a delete.
    Delete,
    /// Delete, confirmed.
    #[strum(serialize = "delete!")]
    ConfirmDelete,
    /// Fetch the status again.
    Refresh,
    /// A managed bot: replace its token (and PATCH it).
    #[strum(serialize = "token!")]
    NewToken,
    /// Stop waiting for the payment of a slot just bought (under its payment link).
    #[strum(disabled)]
    StopWaiting,
    /// A managed bot: show who can talk to it.
    Access,
    /// A managed bot: open it to everyone.
    #[strum(serialize = "access-all")]
    AccessEveryone,
    /// A managed bot: only its owner.
    #[strum(serialize = "access-me")]
    AccessOwner,
    /// A managed bot: its owner and people they pick.
    AccessPick,
    /// Deploy again, confirmed for an assistant that is live again.
    #[strum(serialize = "redeploy!")]
    RedeployAnyway,
    /// Leave a live assistant running (the answer No to a restart).
    KeepRunning,
    /// Turn off the watch on the assistant's bot (and delete its kept token).
    WatchOff,
    /// Show the assistant's Telegram profile.
    Profile,
    /// Change its Telegram name.
    ProfileName,
    /// Change its short description.
    ProfileAbout,
    /// Change its description.
    #[strum(serialize = "profile-desc")]
    ProfileDescription,
}

impl CardAction {
    /// Its tag in `a:<handle>:<tag>` data; `None` for the two written another way (strum's
    /// conversion would panic on them).
    fn tag(self) -> Option<&'static str> {
        match self {
            Self::EditField(_) | Self::StopWaiting => None,
            other => Some(other.into()),
        }
    }
}

/// What a button of an edit in progress asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditAction {
    /// Choose the catalog's n-th provider.
    Provider(usize),
    /// Choose the n-th model offered.
    Model(usize),
    /// Leave the edit.
    Cancel,
}

/// Every button payload the bot sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Button {
    /// /language: a language, or `None` for "follow Telegram".
    Language(Option<Lang>),
    /// A wizard button, tagged with the wizard it belongs to.
    Wizard {
        /// The wizard's id; buttons of any other wizard are stale.
        wizard: u32,
        /// What to do.
        action: WizardAction,
    },
    /// A page of /list.
    ListPage(u32),
    /// The card of the deployment with this local handle.
    Card(i64),
    /// A card action on the deployment with this local handle.
    Act {
        /// The chat-local handle (never the API id: callback data must stay short, and a
        /// handle only means something within its own chat).
        handle: i64,
        /// What to do.
        action: CardAction,
    },
    /// Fetch again the token of the managed bot with this id (Telegram did not give it).
    FetchBotToken(u64),
    /// A button of an edit in progress, tagged with its session.
    Edit {
        /// The edit session's id; buttons of any other session are stale.
        session: u32,
        /// What to do.
        action: EditAction,
    },
}

impl fmt::Display for Button {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Language(Some(lang)) => write!(f, "lang:{}", lang.code()),
            Self::Language(None) => f.write_str("lang:auto"),
            Self::ListPage(page) => write!(f, "l:{page}"),
            Self::Card(handle) => write!(f, "c:{handle}"),
            Self::FetchBotToken(bot) => write!(f, "nb:{bot}"),
            // Under a payment link since before it was a card action: its data stays.
            Self::Act { handle, action: CardAction::StopWaiting } => write!(f, "pay:stop:{handle}"),
            Self::Act { handle, action: CardAction::EditField(field) } => {
                write!(f, "a:{handle}:edit:{}", field_tag(*field))
            }
            Self::Act { handle, action } => {
                write!(f, "a:{handle}:{}", action.tag().unwrap_or_default())
            }
            Self::Edit { session, action } => {
                write!(f, "x:{session:08x}:")?;
                match action {
                    EditAction::Provider(i) => write!(f, "prov:{i}"),
                    EditAction::Model(i) => write!(f, "model:{i}"),
                    EditAction::Cancel => f.write_str("cancel"),
                }
            }
            Self::Wizard { wizard, action } => {
                write!(f, "w:{wizard:08x}:")?;
                match action {
                    WizardAction::Mode(mode) => write!(f, "mode:{}", mode.as_str()),
                    WizardAction::Provider(i) => write!(f, "prov:{i}"),
                    WizardAction::ProviderOther => f.write_str("prov:other"),
                    WizardAction::Model(i) => write!(f, "model:{i}"),
                    WizardAction::ModelOther => f.write_str("model:other"),
                    WizardAction::Back => f.write_str("back"),
                    WizardAction::Cancel => f.write_str("cancel"),
                    WizardAction::Confirm => f.write_str("ok"),
                    WizardAction::Change => f.write_str("change"),
                    WizardAction::ShowSummary => f.write_str("summary"),
                    WizardAction::Handoff => f.write_str("handoff"),
                    WizardAction::ChangeField(field) => write!(f, "change:{}", field_tag(*field)),
                }
            }
        }
    }
}

impl Button {
    /// Parses a payload; `None` for anything the bot did not produce.
    pub fn parse(data: &str) -> Option<Self> {
        let mut parts = data.split(':');
        let callback = match parts.next()? {
            "lang" => match parts.next()? {
                "auto" => Self::Language(None),
                code => Self::Language(Some(Lang::ALL.into_iter().find(|l| l.code() == code)?)),
            },
            "l" => Self::ListPage(parts.next()?.parse().ok()?),
            "c" => Self::Card(parts.next()?.parse().ok()?),
            "nb" => Self::FetchBotToken(parts.next()?.parse().ok()?),
            "a" => {
                let handle = parts.next()?.parse().ok()?;
                let action = match (parts.next()?, parts.next()) {
                    ("edit", Some(tag)) => CardAction::EditField(field_from_tag(tag)?),
                    (tag, None) => tag.parse().ok()?,
                    _ => return None,
                };
                Self::Act { handle, action }
            }
            "x" => {
                let session = parts.next().filter(|id| id.len() == 8)?;
                let session = u32::from_str_radix(session, 16).ok()?;
                let action = match (parts.next()?, parts.next()) {
                    ("prov", Some(i)) => EditAction::Provider(i.parse().ok()?),
                    ("model", Some(i)) => EditAction::Model(i.parse().ok()?),
                    ("cancel", None) => EditAction::Cancel,
                    _ => return None,
                };
                Self::Edit { session, action }
            }
            "pay" => match (parts.next()?, parts.next()?.parse().ok()?) {
                ("stop", handle) => Self::Act { handle, action: CardAction::StopWaiting },
                _ => return None,
            },
            "w" => {
                let wizard = parts.next().filter(|id| id.len() == 8)?;
                let wizard = u32::from_str_radix(wizard, 16).ok()?;
                let action = match (parts.next()?, parts.next()) {
                    ("mode", Some(mode)) => {
                        let mode = ApiMode::from(mode);
                        ApiMode::PURCHASABLE.contains(&mode).then_some(WizardAction::Mode(mode))?
                    }
                    ("prov", Some("other")) => WizardAction::ProviderOther,
                    ("prov", Some(i)) => WizardAction::Provider(i.parse().ok()?),
                    ("model", Some("other")) => WizardAction::ModelOther,
                    ("model", Some(i)) => WizardAction::Model(i.parse().ok()?),
                    ("back", None) => WizardAction::Back,
                    ("cancel", None) => WizardAction::Cancel,
                    ("ok", None) => WizardAction::Confirm,
                    ("change", None) => WizardAction::Change,
                    ("summary", None) => WizardAction::ShowSummary,
                    ("handoff", None) => WizardAction::Handoff,
                    ("change", Some(tag)) => WizardAction::ChangeField(field_from_tag(tag)?),
                    _ => return None,
                };
                Self::Wizard { wizard, action }
            }
            _ => return None,
        };
        // Trailing parts mean the payload was not ours.
        parts.next().is_none().then_some(callback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_payload_round_trips_and_fits_telegrams_limit() {
        let mut all = vec![
            Button::Language(None),
            Button::Language(Some(Lang::Ru)),
            Button::Act { handle: i64::MAX, action: CardAction::StopWaiting },
            Button::ListPage(7),
            Button::Card(i64::MAX),
            Button::FetchBotToken(u64::MAX),
            Button::Act { handle: i64::MAX, action: CardAction::EditField(Field::BotToken) },
            Button::Edit { session: 1, action: EditAction::Model(3) },
            Button::Edit { session: u32::MAX, action: EditAction::Cancel },
        ];
        // Buttons already in chats carry these tags: each still means one action of its own.
        let tags = "stop redeploy edit activate delete delete! refresh token! access access-all \
                    access-me access-pick redeploy! keep-running";
        let mut acts = Vec::new();
        for tag in tags.split_whitespace() {
            let act = Button::parse(&format!("a:42:{tag}"));
            let Some(Button::Act { action, .. }) = act else { panic!("{tag}: {act:?}") };
            assert!(!acts.contains(&action), "{tag}");
            assert_eq!(Button::Act { handle: 42, action }.to_string(), format!("a:42:{tag}"));
            acts.push(action);
            all.push(Button::Act { handle: 42, action });
        }
        let actions = [
            WizardAction::Mode(ApiMode::Unlimited),
            WizardAction::Provider(3),
            WizardAction::ProviderOther,
            WizardAction::Model(12),
            WizardAction::ModelOther,
            WizardAction::Back,
            WizardAction::Cancel,
            WizardAction::Confirm,
            WizardAction::Change,
            WizardAction::ShowSummary,
            WizardAction::Handoff,
            WizardAction::ChangeField(Field::ModelKey),
        ];
        all.extend(actions.into_iter().map(|action| Button::Wizard { wizard: u32::MAX, action }));
        for callback in all {
            let data = callback.to_string();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Button::parse(&data), Some(callback), "{data}");
        }
    }

    #[test]
    fn forged_payloads_are_refused() {
        for forged in [
            "",
            "w:1:ok",
            "w:zzzzzzzz:ok",
            "w:0000000a:ok:extra",
            "w:0000000a:mode:free",
            "w:0000000a:prov:-1",
            "pay:stop:abc",
            "lang:xx",
            "c:",
            "c:1:2",
            "nb:-1",
            "nb:",
            "a:1:launch",
            "a:x:stop",
            "a:1:edit:secret",
            "a:1:edit-field",
            "a:1:stop-waiting",
            "a:1:confirm-delete",
            "a:1:Stop",
            "x:00000001:model",
            "drop table",
        ] {
            assert_eq!(Button::parse(forged), None, "{forged}");
        }
    }
}
