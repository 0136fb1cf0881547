//! `PUBLIC_URL` with a path (`https://host/bot`): the webhook and the callbacks live under it.

use assistants_bot::{
    api::{ApiMode, Status},
    i18n::Lang,
};

use crate::support::{
    app::TestApp,
    cards::{callbacks_only, redeploy_from_card, seed},
    fake_telegram::TestUser,
};

#[tokio::test]
async fn a_public_url_with_a_path_keeps_it_for_the_webhook_and_the_callbacks() {
    let lea = TestUser::new(1501, "Lea");
    let options = callbacks_only("https://bot.example.com/bot");
    // Up once the webhook is registered; the fake then posts updates to /bot/telegram.
    let app = TestApp::builder().options(options).spawn().await;
    let registered = app.tg.calls_of("SetWebhook").pop().expect("the webhook was registered");
    assert_eq!(registered.body["url"], "https://bot.example.com/bot/telegram");
    app.say(&lea, "/help", &Lang::En.t("help")).await;

    app.give_key(&lea).await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Pathed", ApiMode::Managed, Status::Stopped);
    redeploy_from_card(&app, &lea, "Pathed").await;
    let callback_url = sim.deployment(&id).expect("d").callback_url.expect("a callback URL");
    let token = callback_url
        .strip_prefix("https://bot.example.com/bot/callbacks/")
        .expect("under PUBLIC_URL's path");

    let http = reqwest::Client::new();
    let base = format!("http://{}", app.http_addr.expect("server"));
    let at_root = http.post(format!("{base}/callbacks/{token}")).send().await.expect("post");
    assert_eq!(at_root.status().as_u16(), 404, "nothing outside the prefix");
    let under = http.post(format!("{base}/bot/callbacks/{token}")).send().await.expect("post");
    assert_eq!(under.status().as_u16(), 204);
}
