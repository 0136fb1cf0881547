//! The service layer on its own: no Telegram anywhere, only the App over a real SQLite file
//! and the API simulator. What the bot and the tracker build on.

use std::time::Duration;

use assistants_bot::{
    api::{ApiKey, ApiMode, Status, UpdateRequest},
    app::{App, Timing},
    config::{KeySource, parse_database_url},
    conversation::{Field, SecretText},
    service::{
        ServiceError,
        activation::{self, ActivationDraft},
        assistants::{self, Acted, Action, Listed, may_redeploy},
        audit::{self, Actor, Audited},
        groups,
        handoff::{self, HandoffRefusal, Purpose},
        keys,
    },
    sim::{SimHandle, Simulator},
    storage::{Db, seal::KeyMaterial},
};
use teloxide::types::{ChatId, UserId};
use tempfile::TempDir;

use crate::support::{
    app::{api_key, client_for, start_simulator},
    cards::seed,
};

const CHAT: ChatId = ChatId(5001);
const GROUP: ChatId = ChatId(-5001);

/// An App over a fresh database and the simulator; Telegram is never called.
async fn app() -> (App, Simulator, SimHandle, TempDir) {
    let (sim, handle) = start_simulator(Default::default()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("service.db").display());
    let db = Db::open(
        parse_database_url(&url).expect("url"),
        &KeySource::Inline(KeyMaterial::generate()),
    )
    .await
    .expect("db");
    // Nothing listens here: a service call that reached for Telegram would fail.
    let nowhere = url::Url::parse("http://127.0.0.1:9").expect("url");
    let timing = Timing::new(Duration::from_secs(5), Duration::from_secs(600));
    let app = App::assemble(db, client_for(&sim), (nowhere, reqwest::Client::new()), None, timing);
    (app, sim, handle, dir)
}

fn draft(name: &str) -> ActivationDraft {
    ActivationDraft {
        mode: ApiMode::Managed,
        name: name.into(),
        provider: "openrouter".into(),
        model: "openai/gpt-5".into(),
        bot_token: SecretText::new("400007:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_svc"),
        bot_username: Some("svc_bot".into()),
        model_key: None,
        managed_bot: None,
    }
}

#[tokio::test]
async fn keys_are_checked_before_they_are_kept() {
    let (app, _sim, _handle, _dir) = app().await;
    let refused =
        keys::set(&app.db, &app.api, CHAT, &ApiKey::new("sk_not_a_real_key_000000")).await;
    assert!(matches!(refused, Err(ServiceError::Api(_))), "{refused:?}");
    assert!(matches!(keys::of(&app.db, CHAT).await, Err(ServiceError::NoKey)));
    keys::set(&app.db, &app.api, CHAT, &api_key()).await.expect("accepted");
    assert_eq!(keys::of(&app.db, CHAT).await.expect("kept").masked(), api_key().masked());
    assert!(keys::forget(&app.db, CHAT).await.expect("forget"));
    assert!(!keys::forget(&app.db, CHAT).await.expect("forget again"));
}

#[tokio::test]
async fn the_list_merges_the_api_and_actions_follow_the_reference() {
    let (app, _sim, handle, _dir) = app().await;
    keys::set(&app.db, &app.api, CHAT, &api_key()).await.expect("key");
    seed(&handle, "Live", ApiMode::Managed, Status::Active);
    let Listed::Fresh(items) = assistants::list(&app.db, &app.api, CHAT).await.expect("list")
    else {
        panic!("the API answered");
    };
    assert_eq!(items.len(), 1);
    let live = &items[0];
    assert!(may_redeploy(&live.status()) && !may_redeploy(&Status::Purchased));

    let Acted::Changed(stopped) =
        assistants::act(&app.db, &app.api, &app.callbacks, CHAT, live, Action::Stop)
            .await
            .expect("stop")
    else {
        panic!("stopped");
    };
    assert_eq!(stopped.status(), Status::Stopped);
    let rename = UpdateRequest { name: Some("Renamed".into()), ..Default::default() };
    let bot = assistants::TokenBot { username: "new_bot".into(), managed: Some(UserId(77)) };
    let edited = assistants::edit(&app.db, &app.api, CHAT, &stopped, &rename, Some(&bot))
        .await
        .expect("edit");
    assert_eq!(
        (edited.display_name(), edited.bot_username.as_deref(), edited.managed_bot_id),
        ("Renamed".into(), Some("new_bot"), Some(77))
    );
    let stored = app.db.deployments_of(CHAT).await.expect("read");
    assert_eq!(stored[0].managed_bot_id, Some(77), "which managed bot it uses is stored");
    let deleted = assistants::act(&app.db, &app.api, &app.callbacks, CHAT, &edited, Action::Delete)
        .await
        .expect("delete");
    assert!(matches!(deleted, Acted::Deleted));
    assert!(app.db.deployments_of(CHAT).await.expect("read").is_empty());
}

#[tokio::test]
async fn a_purchase_keeps_its_answers_and_a_lost_answer_is_adopted_once() {
    let (app, _sim, handle, _dir) = app().await;
    keys::set(&app.db, &app.api, CHAT, &api_key()).await.expect("key");
    let bought = activation::buy(&app.db, &app.api, CHAT, &draft("Bought")).await.expect("buy");
    assert!(bought.checkout_url.is_some());
    assert_eq!(app.db.pending_activations().await.expect("pending").len(), 1);

    // A slot nobody knows, as a purchase whose answer was lost leaves it.
    let lost = seed(&handle, "", ApiMode::Managed, Status::PendingPayment);
    let adopted =
        activation::reconcile(&app.db, &app.api, CHAT, &draft("Lost")).await.expect("reconcile");
    let adopted = adopted.expect("the lost slot is found");
    assert_eq!(adopted.known.deployment_id, lost);
    assert!(adopted.checkout_url.is_none());
    let again =
        activation::reconcile(&app.db, &app.api, CHAT, &draft("Lost")).await.expect("reconcile");
    assert!(again.is_none(), "a slot is adopted once");
    assert_eq!(handle.count_requests("POST", "/purchase"), 1);
}

#[tokio::test]
async fn audit_hand_offs_and_upgrades_need_no_telegram() {
    let (app, _sim, _handle, _dir) = app().await;
    keys::set(&app.db, &app.api, GROUP, &api_key()).await.expect("key");
    let alice = Actor { id: UserId(7), name: "@alice".into() };
    assert!(
        audit::record(&app.db, GROUP, &alice, Audited::KeySet, "••••6789").await.expect("group")
    );
    assert!(!audit::record(&app.db, CHAT, &alice, Audited::KeySet, "").await.expect("private"));

    let purpose = Purpose::Edit { handle: 3, field: Field::ModelKey };
    let nonce = handoff::create(&app.db, GROUP, alice.id, purpose).await.expect("link");
    let refused = handoff::redeem(&app.db, &nonce, UserId(8)).await.expect("redeem");
    assert_eq!(refused, Err(HandoffRefusal::OtherUser));
    let redeemed = handoff::redeem(&app.db, &nonce, alice.id).await.expect("redeem");
    assert_eq!(redeemed.map(|r| r.purpose), Ok(purpose));

    let supergroup = ChatId(-1_000_000_005_001);
    assert!(groups::moved(&app.db, &app.dialogues, GROUP, supergroup).await.expect("move"));
    assert!(
        !groups::moved(&app.db, &app.dialogues, GROUP, supergroup).await.expect("again"),
        "once"
    );
    assert_eq!(groups::current(&app.db, GROUP).await.expect("current"), supergroup);
    assert!(keys::of(&app.db, supergroup).await.is_ok(), "the key was re-sealed for the new id");
    assert_eq!(app.db.audit_log(supergroup, 10).await.expect("log").len(), 1);
}
