//! A submission that reaches a standby is relayed to the leader through the database: the
//! bot here relays from itself (`relay_forms`), so the path a standby takes runs end to end in
//! one process: stored sealed, taken once by the leader's loop, handed on as a direct one is,
//! answered, and deleted.

use assistants_bot::{
    config::{KeySource, parse_database_url},
    storage::{
        Db,
        form_relay::{RelayTicket, secret_aad},
        rotate::reseal,
        seal::KeyMaterial,
        sealed_key_ids, unix_now,
    },
};

use serde_json::json;

use crate::support::{
    app::{API_KEY, AppOptions, TestApp, TestDatabase},
    fake_telegram::TestUser,
    forms::{Answer, Offered, init_data},
    logs::{assert_nowhere, capture},
    replicas::{ReplicaSet, START_WITHIN},
};

const WRONG_KEY: &str = "sk_not_a_real_key_000000";

/// A bot with a public URL that relays (`relay`) or hands on directly.
async fn bot(relay: bool) -> TestApp {
    let options = AppOptions { relay_forms: relay, ..AppOptions::webhook() };
    TestApp::builder().options(options).spawn().await
}

/// How many hand-offs wait in the relay's table, answered or not.
async fn relayed_rows(app: &TestApp) -> i64 {
    let db = app.storage().await;
    let count = sqlx::query_scalar("SELECT COUNT(*) FROM form_relay").fetch_one(db.pool()).await;
    count.expect("count the relay's rows")
}

/// `user` asks for /setkey, and submits a wrong key and then the right one through the form;
/// the two answers.
async fn wrong_then_right(app: &TestApp, user: &TestUser) -> [Answer; 2] {
    let prompt = app.say(user, "/setkey", &app.en("setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(user, unix_now());
    let wrong = app.submit_form(&form, &signed, WRONG_KEY).await;
    // The refusal gave the nonce back (through the relay's hash and claim): the form takes
    // another.
    let right = app.submit_form(&form, &signed, API_KEY).await;
    [wrong, right]
}

#[tokio::test]
async fn a_relayed_secret_reaches_the_conversation_and_the_page_gets_the_direct_answer() {
    let logs = capture();
    let (direct, mut relayed) = (bot(false).await, bot(true).await);
    let ada = TestUser::new(1750, "Ada");

    let expected = wrong_then_right(&direct, &ada).await;
    let seen = relayed.tg.call_count();
    let got = wrong_then_right(&relayed, &ada).await;
    // The same answers, but for the dashboard's address, which each bot's simulator has.
    let dashboard = |app: &TestApp| app.sim.base_url().authority().to_owned();
    let (theirs, ours) = (dashboard(&direct), dashboard(&relayed));
    for (got, expected) in got.iter().zip(&expected) {
        let expected_body = expected.body.to_string().replace(&theirs, &ours);
        assert_eq!((got.status, got.body.to_string()), (expected.status, expected_body));
    }
    assert_eq!([got[0].status, got[1].status], [422, 200], "{:?}", got[1].body);

    // The leader handed it on as a direct submission is: saved, the prompt marked, told.
    relayed.message_after(seen, ada.id, "Your API key ••••6789 is saved").await;
    relayed.edit_after(seen, ada.id, "Saved ••••6789").await;
    assert_eq!(relayed.key_mask(ada.id).await.as_deref(), Some("••••6789"));
    assert_eq!(relayed_rows(&relayed).await, 0, "each answered hand-off is deleted");
    if let Some(logs) = &logs {
        assert!(logs.contain("the leader answered a relayed form"), "it went through the relay");
    }
    assert_nowhere(&mut relayed, &[API_KEY, WRONG_KEY], logs.as_ref()).await;
}

/// A hand-off of chat `chat` as a standby stores it.
fn ticket(chat: i64) -> RelayTicket {
    RelayTicket {
        chat_id: chat,
        user_json: "{}".to_owned(),
        kind: "api-key".to_owned(),
        message_id: Some(7),
        nonce_hash: "nonce-hash".to_owned(),
        claim: 1,
        lang: "en".to_owned(),
    }
}

#[tokio::test]
async fn a_relayed_hand_off_is_taken_once_and_its_secret_leaves_the_table_as_it_is_taken() {
    // No bot relays here: the storage is driven directly, as two leaders at once would. The
    // bot's own loop sweeps every second: it is stopped, so only these two take.
    let mut app = bot(false).await;
    app.stop_bot().await;
    let db = app.storage().await;
    let ticket = ticket(1751);
    let id = db.relay_form(&ticket, API_KEY.as_bytes()).await.expect("relay");
    let needed = sealed_key_ids(db.pool()).await.expect("key ids");
    assert_eq!(needed, [db.sealer().key_id()], "a relayed secret needs the key");

    let other = app.storage().await;
    let (first, second) = tokio::join!(db.take_relayed_forms(8), other.take_relayed_forms(8));
    let mut taken: Vec<_> = first.expect("take").into_iter().collect();
    taken.extend(second.expect("take"));
    assert_eq!(taken.len(), 1, "one taker gets it");
    let taken = taken.remove(0);
    assert_eq!((taken.id, &taken.ticket), (id, &ticket));
    let opened = db.sealer().open_string(&taken.secret, &secret_aad(id)).expect("opens");
    assert_eq!(opened.as_str(), API_KEY);
    assert!(db.take_relayed_forms(8).await.expect("take").is_empty(), "taken for good");
    assert!(sealed_key_ids(db.pool()).await.expect("key ids").is_empty(), "the secret is gone");
    assert!(!db.withdraw_relayed_form(id).await.expect("withdraw"), "a taken one stays");

    db.answer_relayed_form(id, 200, r#"{"ok":true}"#).await.expect("answer");
    let answer = db.relayed_answer(id).await.expect("read");
    assert_eq!(answer, Some((200, r#"{"ok":true}"#.to_owned())));
    assert_eq!(db.prune_relayed_forms(60).await.expect("prune"), 0, "a fresh one stays");
    assert_eq!(db.prune_relayed_forms(-1).await.expect("prune"), 1, "an old one goes");
}

#[tokio::test]
async fn rotate_key_reseals_a_secret_no_leader_took_yet_and_a_standby_may_withdraw_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = TestDatabase::new(dir.path()).await;
    let open = |key: &KeyMaterial| {
        let url = parse_database_url(database.url()).expect("url");
        let key = KeySource::Inline(key.clone());
        async move { Db::open(url, &key).await }
    };
    let (old, new) = (KeyMaterial::generate(), KeyMaterial::generate());
    let db = open(&old).await.expect("opens");
    let withdrawn = db.relay_form(&ticket(1752), API_KEY.as_bytes()).await.expect("relay");
    assert!(db.withdraw_relayed_form(withdrawn).await.expect("withdraw"), "nobody took it");
    let id = db.relay_form(&ticket(1752), API_KEY.as_bytes()).await.expect("relay");
    let rotated = reseal(db.pool(), &old, &new).await.expect("reseal");
    assert_eq!((rotated.form_secrets, rotated.total()), (1, 1));
    db.close().await;

    assert!(open(&old).await.is_err(), "the old key no longer opens it");
    let db = open(&new).await.expect("the new key alone opens it");
    let taken = db.take_relayed_forms(8).await.expect("take");
    let [taken] = taken.as_slice() else { panic!("one hand-off waits: {taken:?}") };
    let opened = db.sealer().open_string(&taken.secret, &secret_aad(id)).expect("opens");
    assert_eq!(opened.as_str(), API_KEY);
}

/// Two replicas as real processes on one PostgreSQL: the form's POST reaches the standby,
/// which relays it; the leader hands the secret on and the page gets its answer.
#[tokio::test]
async fn a_form_posted_to_the_standby_is_handed_on_by_the_leader() {
    let Some(mut set) = ReplicaSet::builder().webhook().postgres().await else { return };
    let leader = set.wait_for_leader(START_WITHIN).await;
    let ivy = TestUser::new(1753, "Ivy");
    let prompt = set.say(&ivy, "/setkey", "Paste your Getclaw API key").await;
    let form = Offered::of(&prompt);
    let standby = &set.replicas[1 - leader];
    let addr = standby.listen.expect("a replica in webhook mode listens");
    let body =
        json!({ "initData": init_data(&ivy, unix_now()), "nonce": form.nonce, "secret": API_KEY });
    let seen = set.tg.call_count();
    let response = reqwest::Client::new()
        .post(format!("http://{addr}{}", form.local_path()))
        .json(&body)
        .send()
        .await
        .expect("the standby answers");
    let status = response.status().as_u16();
    let answer: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(status, 200, "{answer}\n{}", set.logs());
    assert!(answer["message"].as_str().is_some_and(|m| m.contains("••••6789")), "{answer}");
    set.message_after(seen, ivy.id, "Your API key ••••6789 is saved").await;
    // The leader handed it on; the standby did not.
    let handed = "a secret came through the form";
    assert!(set.replicas[leader].log_text().contains(handed), "{}", set.logs());
    assert!(!set.replicas[1 - leader].log_text().contains(handed), "{}", set.logs());
}
