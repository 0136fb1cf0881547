//! The assistant's Telegram profile: read and changed with the assistant's own token, within
//! Telegram's limits, checked before anything is sent.

use assistants_bot::{
    api::{ApiMode, Status},
    app::{
        profile::{Part, ProfileError},
        tokens::TokenChecker,
    },
};
use secrecy::SecretString;
use teloxide::types::ChatId;

use crate::support::{
    app::AppOptions,
    cards::{en, mark_of, open_card, seed, team},
    fake_telegram::{FakeTelegram, Profile, TestUser},
};

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

#[tokio::test]
async fn the_name_about_and_description_are_changed_from_the_card() {
    let ann = TestUser::new(1401, "Ann");
    let app = crate::watch::ready(&ann).await;
    crate::watch::live(&app, &ann).await;
    let bot_id = 200007;

    let card = open_card(&app, &ann, "Watched").await;
    let view = app.press_edit(&ann, &card, &en("btn-profile"), "How Watched looks").await;
    assert!(view.text().contains("Name: watched_helper_bot"), "{}", view.text());
    app.press(&ann, &view, &en("btn-profile-name"), "new name for the bot").await;
    app.say(&ann, "Sales desk", "has its new name").await;

    app.press(&ann, &view, &en("btn-profile-about"), "up to 120 characters").await;
    let seen = app.tg.call_count();
    app.say(&ann, &"a".repeat(121), "it takes up to 120 characters, and this one has 121").await;
    assert!(
        app.tg.calls()[seen..].iter().all(|c| !c.is("SetMyShortDescription")),
        "refused before sending"
    );
    app.say(&ann, "Answers about your orders", "new \"about\" text").await;

    app.press(&ann, &view, &en("btn-profile-description"), "up to 512 characters").await;
    app.say(&ann, "Ask me about orders.", "has its new description").await;

    let expected = Profile {
        name: "Sales desk".into(),
        about: "Answers about your orders".into(),
        description: "Ask me about orders.".into(),
    };
    assert_eq!(app.tg.profile_of(bot_id), Some(expected));
    for method in ["GetMyName", "SetMyName", "SetMyShortDescription", "SetMyDescription"] {
        let calls = app.tg.calls_of(method);
        assert!(
            !calls.is_empty() && calls.iter().all(|c| c.token == crate::watch::TOKEN),
            "{method} with the assistant's token"
        );
    }
}

#[tokio::test]
async fn in_a_group_only_an_admin_changes_the_profile_asked_fresh_when_the_text_arrives() {
    let group = -100_777;
    let (alice, bob) = (TestUser::new(1402, "Alice"), TestUser::new(1403, "Bob"));
    let app = team(AppOptions::default(), group, &alice, &bob).await;
    app.tg.add_bot(crate::watch::TOKEN, 200007, "watched_helper_bot");
    seed(&app.sim.handle(), "Team bot", ApiMode::Managed, Status::Active);
    app.say_in(group, &alice, "/list", "Your").await;
    let db = app.storage().await;
    let handle = db.deployments_of(ChatId(group)).await.expect("read")[0].handle;
    db.keep_bot_token(handle, &SecretString::from(crate::watch::TOKEN)).await.expect("keep");

    let list = app.say_in(group, &alice, "/list", "Your").await;
    let label = format!("{} Team bot", mark_of(&list, "Team bot"));
    let card = app.press_edit(&alice, &list, &label, "Team bot").await;
    let query = app.press_only(&bob, &card, &en("btn-profile"));
    assert_eq!(app.answer_to(&query).await, en("team-admins-only"));

    let view = app.press_edit(&alice, &card, &en("btn-profile"), "How Team bot looks").await;
    app.press(&alice, &view, &en("btn-profile-name"), "new name for the bot").await;
    app.tg.set_member(group, alice.id, "member");
    app.say_in(group, &alice, "Renamed", &en("team-no-longer-admin")).await;
    assert!(app.tg.calls_of("SetMyName").is_empty(), "nothing changed");
}
