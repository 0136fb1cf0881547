//! The command menus Telegram shows beside the message field, in each language.

use teloxide::types::BotCommand;

use crate::i18n::Lang;

/// Who a menu is for. Telegram picks the narrowest scope that fits the chat and the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    /// Anyone in a private chat with the bot.
    Private,
    /// A group's members who are not admins: what they may use there.
    GroupMembers,
    /// A group's admins: everything, the group's log (/audit) included.
    GroupAdmins,
}

impl Menu {
    /// Every menu the bot registers.
    pub const ALL: [Menu; 3] = [Self::Private, Self::GroupMembers, Self::GroupAdmins];

    /// Its commands in menu order, each with the key of its description.
    fn entries(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::Private => &[
                ("list", "cmd-list"),
                ("new", "cmd-new"),
                ("setkey", "cmd-setkey"),
                ("forgetkey", "cmd-forgetkey"),
                ("language", "cmd-language"),
                ("cancel", "cmd-cancel"),
                ("help", "cmd-help"),
                ("start", "cmd-start"),
            ],
            Self::GroupMembers => &[("list", "cmd-list"), ("help", "cmd-help")],
            Self::GroupAdmins => &[
                ("list", "cmd-list"),
                ("new", "cmd-new"),
                ("audit", "cmd-audit"),
                ("setkey", "cmd-setkey"),
                ("forgetkey", "cmd-forgetkey"),
                ("language", "cmd-language"),
                ("cancel", "cmd-cancel"),
                ("help", "cmd-help"),
            ],
        }
    }
}

/// The menu's commands with their descriptions in `lang`.
pub fn menu(lang: Lang, menu: Menu) -> Vec<BotCommand> {
    menu.entries().iter().map(|(name, key)| BotCommand::new(*name, lang.t(key))).collect()
}

/// The locale keys of every menu's descriptions (the locale test checks them).
pub fn keys() -> impl Iterator<Item = &'static str> {
    Menu::ALL.into_iter().flat_map(|m| m.entries().iter().map(|(_, key)| *key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_is_in_the_group_admins_menu_only() {
        let has_audit = |m: Menu| menu(Lang::En, m).iter().any(|c| c.command == "audit");
        assert!(has_audit(Menu::GroupAdmins));
        assert!(!has_audit(Menu::Private));
        assert!(!has_audit(Menu::GroupMembers));
    }

    #[test]
    fn descriptions_fit_telegrams_limits() {
        for lang in Lang::ALL {
            for m in Menu::ALL {
                for command in menu(lang, m) {
                    let length = command.description.chars().count();
                    assert!((1..=256).contains(&length), "{lang} /{}", command.command);
                }
            }
        }
    }
}
