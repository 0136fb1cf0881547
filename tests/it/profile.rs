//! The assistant's Telegram profile: read and changed with the assistant's own token, within
//! Telegram's limits, checked before anything is sent.

use assistants_bot::app::{
    profile::{Part, ProfileError},
    tokens::TokenChecker,
};
use secrecy::SecretString;

use crate::support::fake_telegram::{FakeTelegram, Profile};

const TOKEN: &str = "200009:AAProfiledBotToken_secret_0123456789a";

#[tokio::test]
async fn the_profile_is_read_and_changed_with_the_assistants_own_token() {
    let tg = FakeTelegram::start().await;
    tg.add_bot(TOKEN, 200009, "profiled_bot");
    let checker = TokenChecker::new(tg.base_url(), reqwest::Client::new());
    let token = SecretString::from(TOKEN);

    let now = checker.profile(&token).await.expect("read");
    assert_eq!(now.name, "profiled_bot");
    assert_eq!(now.about, "");
    checker.set_profile(&token, Part::Name, "Sales desk").await.expect("name");
    checker.set_profile(&token, Part::About, "Answers about your orders").await.expect("about");
    let description = "é".repeat(Part::Description.limit());
    checker.set_profile(&token, Part::Description, &description).await.expect("description");

    let expected = Profile {
        name: "Sales desk".into(),
        about: "Answers about your orders".into(),
        description: description.clone(),
    };
    assert_eq!(tg.profile_of(200009), Some(expected));
    for method in ["GetMyName", "SetMyName", "SetMyShortDescription", "SetMyDescription"] {
        let calls = tg.calls_of(method);
        assert!(!calls.is_empty() && calls.iter().all(|c| c.token == TOKEN), "{method}");
    }
    let read = checker.profile(&token).await.expect("read again");
    assert_eq!(read.description, description);
}

#[tokio::test]
async fn a_text_over_telegrams_limit_is_refused_before_sending() {
    let tg = FakeTelegram::start().await;
    tg.add_bot(TOKEN, 200009, "profiled_bot");
    let checker = TokenChecker::new(tg.base_url(), reqwest::Client::new());
    let token = SecretString::from(TOKEN);

    let before = tg.call_count();
    for (part, limit) in [(Part::Name, 64), (Part::About, 120), (Part::Description, 512)] {
        let refused = checker.set_profile(&token, part, &"a".repeat(limit + 1)).await;
        assert!(
            matches!(refused, Err(ProfileError::TooLong { limit: l }) if l == limit),
            "{part:?}"
        );
    }
    assert_eq!(tg.call_count(), before, "nothing was sent");
    assert!(tg.refused().is_empty());

    tg.revoke_bot(TOKEN);
    let refused = checker.profile(&token).await;
    assert!(matches!(refused, Err(ProfileError::TokenRefused)), "{refused:?}");
}
