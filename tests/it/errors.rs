//! Every error leads somewhere: answers outside the reference (429, 403) have their own
//! words, NOT_FOUND and INVALID_STATE name a step the user has, and API_DISABLED keeps the
//! wizard's answers for later.

use assistants_bot::sim::{Fault, FaultKind, SimOptions};

use crate::support::{cards::en, fake_telegram::TestUser};
use crate::wizard::{byok_to_summary, confirm_failing, ready};

#[tokio::test]
async fn a_429_says_how_long_to_wait_and_a_403_is_not_an_outage() {
    let quinn = TestUser::new(2501, "Quinn");
    let app = ready(SimOptions::default(), &quinn).await;
    let handle = app.sim.handle();

    let summary = byok_to_summary(&app, &quinn, None).await;
    let busy = FaultKind::Refused { status: 429, retry_after: Some(30) };
    handle.inject(Fault::once(busy).on_path("/purchase"));
    let answer =
        app.press(&quinn, &summary, &en("btn-confirm"), "Please wait 30 seconds, then try").await;
    assert!(!answer.text().contains(&en("api-error-unavailable")), "{}", answer.text());
    // The wait is over: Try again buys, once.
    app.press(&quinn, &answer, &en("btn-try-again"), "is reserved").await;
    assert_eq!(handle.count_requests("POST", "/purchase"), 2);

    let summary = byok_to_summary(&app, &quinn, None).await;
    let without_wait = FaultKind::Refused { status: 429, retry_after: None };
    handle.inject(Fault::once(without_wait).on_path("/purchase"));
    app.press(&quinn, &summary, &en("btn-confirm"), &en("api-error-rate-limited")).await;

    let summary = byok_to_summary(&app, &quinn, None).await;
    // On the purchase only: the tracker polls the slot bought above meanwhile.
    let forbidden = FaultKind::Refused { status: 403, retry_after: None };
    handle.inject(Fault::once(forbidden).on_path("/purchase"));
    let answer = app.press(&quinn, &summary, &en("btn-confirm"), "refused access").await;
    assert!(answer.text().contains("/setkey"), "{}", answer.text());
}

#[tokio::test]
async fn not_found_and_invalid_state_in_a_chat_point_to_list() {
    let rosa = TestUser::new(2502, "Rosa");
    let app = ready(SimOptions::default(), &rosa).await;
    let gone = confirm_failing(&app, &rosa, 404, "NOT_FOUND", "api-error-not-found").await;
    assert!(gone.text().contains(&en("api-error-not-found-next")), "{}", gone.text());
    assert!(gone.text().contains("/list"), "{}", gone.text());

    let busy =
        confirm_failing(&app, &rosa, 409, "INVALID_STATE", "api-error-invalid-state-chat").await;
    // No card under this message: the step named is one the user has.
    assert!(!busy.text().contains(&en("btn-refresh")), "{}", busy.text());
}

#[tokio::test]
async fn api_disabled_keeps_the_answers_and_try_again_resumes_later() {
    let sol = TestUser::new(2503, "Sol");
    let app = ready(SimOptions::default(), &sol).await;
    let handle = app.sim.handle();
    let summary = byok_to_summary(&app, &sol, None).await;
    handle.set_api_disabled(true);
    let answer = app.press(&sol, &summary, &en("btn-confirm"), &en("wz-kept-for-later")).await;
    assert!(answer.text().contains(&en("api-error-api-disabled")), "{}", answer.text());
    assert_eq!(handle.count_requests("POST", "/purchase"), 1);

    handle.set_api_disabled(false);
    app.press(&sol, &answer, &en("btn-try-again"), "Sales bot is reserved").await;
    assert_eq!(handle.count_requests("POST", "/purchase"), 2, "the kept answers bought the slot");
}
