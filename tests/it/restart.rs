//! No surprise redeploys: Restart on an old failure notice, for an assistant that is live
//! again, asks first.

use assistants_bot::{
    api::{ApiMode, Status},
    sim::Outcome,
};

use crate::support::{
    app::TestApp,
    cards::{en, redeploy_from_card, seed},
    fake_telegram::TestUser,
};

#[tokio::test]
async fn restart_on_an_old_failure_notice_asks_when_the_assistant_is_live_again() {
    let tess = TestUser::new(2510, "Tess");
    let app = TestApp::builder().with_key(&tess).spawn().await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Phoenix", ApiMode::Managed, Status::Stopped);

    redeploy_from_card(&app, &tess, "Phoenix").await;
    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Failed("Worker crashed: out of memory".into())));
    let notice = app.message_after(seen, tess.id, "out of memory").await;

    // Fixed from its card, it goes live again.
    redeploy_from_card(&app, &tess, "Phoenix").await;
    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Active));
    app.message_after(seen, tess.id, "Phoenix is live").await;
    let redeploys = || sim.count_requests("POST", "/redeploy");
    assert_eq!(redeploys(), 2);

    // The old notice's Restart asks instead of restarting; No leaves it running.
    let question = app.press(&tess, &notice, &en("btn-redeploy"), "is live again").await;
    assert_eq!(redeploys(), 2, "nothing restarted before the answer");
    app.press_edit(&tess, &question, &en("btn-restart-no"), "keeps running").await;
    assert_eq!(redeploys(), 2);
    assert_eq!(sim.deployment(&id).expect("kept").status, Status::Active);

    // Yes restarts it.
    let question = app.press(&tess, &notice, &en("btn-redeploy"), "is live again").await;
    app.press_edit(&tess, &question, &en("btn-restart-yes"), &en("card-redeploying")).await;
    assert_eq!(redeploys(), 3);
}

#[tokio::test]
async fn restart_on_a_failure_notice_of_a_still_failed_assistant_restarts_at_once() {
    let uma = TestUser::new(2511, "Uma");
    let app = TestApp::builder().with_key(&uma).spawn().await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Ember", ApiMode::Managed, Status::Stopped);
    redeploy_from_card(&app, &uma, "Ember").await;
    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Failed("Worker crashed".into())));
    let notice = app.message_after(seen, uma.id, "Worker crashed").await;
    app.press_edit(&uma, &notice, &en("btn-redeploy"), &en("card-redeploying")).await;
    assert_eq!(sim.count_requests("POST", "/redeploy"), 2);
}
