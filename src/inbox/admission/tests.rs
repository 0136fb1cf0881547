use std::time::{Duration, Instant};

use serde_json::json;
use teloxide::types::Update;

use super::chats::{Bounds, Chats, Offer};

fn update(value: serde_json::Value) -> Update {
    let update: Update = serde_json::from_str(&value.to_string()).expect("an update");
    assert!(!matches!(update.kind, teloxide::types::UpdateKind::Error(_)), "{update:?}");
    update
}

fn chat_json(chat: i64) -> serde_json::Value {
    if chat > 0 {
        json!({ "id": chat, "type": "private", "first_name": "u" })
    } else {
        json!({ "id": chat, "type": "supergroup", "title": "g" })
    }
}

fn text(id: i64, chat: i64, from: i64, text: &str) -> Update {
    update(json!({
        "update_id": id,
        "message": {
            "message_id": id,
            "date": 0,
            "chat": chat_json(chat),
            "from": { "id": from, "is_bot": false, "first_name": "u" },
            "text": text,
        },
    }))
}

fn press(id: i64, chat: i64, from: i64, data: &str) -> Update {
    update(json!({
        "update_id": id,
        "callback_query": {
            "id": format!("q{id}"),
            "from": { "id": from, "is_bot": false, "first_name": "u" },
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": chat_json(chat),
                "from": { "id": 1, "is_bot": true, "first_name": "bot" },
                "text": "…",
            },
        },
    }))
}

fn id(offer: &Offer) -> Option<u32> {
    offer.dispatch.as_ref().map(|u| u.id.0)
}

fn small() -> Bounds {
    Bounds { backlog: 2, ..Bounds::default() }
}

#[test]
fn a_chats_next_update_waits_until_its_last_is_handled_and_others_do_not() {
    let mut chats = Chats::new(small());
    let now = Instant::now();
    assert_eq!(id(&chats.offer(text(1, 7, 7, "a"), now)), Some(1));
    let waits = chats.offer(text(2, 7, 7, "b"), now);
    assert!(waits.dispatch.is_none() && waits.shed.is_none(), "{waits:?}");
    assert_eq!(id(&chats.offer(text(3, 8, 8, "c"), now)), Some(3), "another chat goes at once");
    assert_eq!(chats.finished(1, now).map(|u| u.id.0), Some(2));
    assert!(chats.finished(2, now).is_none());
    assert!(chats.finished(2, now).is_none(), "a second report changes nothing");
    assert!(chats.finished(99, now).is_none(), "nor does an id never dispatched");
    assert_eq!(chats.finished(3, now).map(|u| u.id.0), None);
    assert_eq!(chats.held(), 0);
}

#[test]
fn repeats_of_a_waiting_command_or_press_are_folded_and_then_the_chat_is_told() {
    let mut chats = Chats::new(small());
    let now = Instant::now();
    assert!(chats.offer(text(1, -5, 7, "/help@bot"), now).dispatch.is_some());
    // The first repeat waits: the one at the dispatcher may be long answered by then.
    assert!(chats.offer(text(2, -5, 7, "/help@bot"), now).shed.is_none());
    let folded: Vec<_> =
        (3..7).filter_map(|i| chats.offer(text(i, -5, 7, "/help@bot"), now).shed).collect();
    assert_eq!(folded.len(), 4, "every later repeat is folded");
    assert!(folded.iter().all(|shed| !shed.dropped));
    let notices: Vec<bool> = folded.iter().map(|shed| shed.notice).collect();
    assert_eq!(notices, [false, false, true, false], "told once, after a few repeats");
    // Another member's same command is not theirs to fold; it waits.
    assert!(chats.offer(text(8, -5, 9, "/help@bot"), now).shed.is_none());
    // Member 7's repeat after member 9's: still a repeat of what 7 last sent.
    let shed = chats.offer(text(9, -5, 7, "/help@bot"), now).shed.expect("folded");
    assert!(!shed.dropped);
    // A press repeated while the first waits: folded.
    let mut chats = Chats::new(small());
    chats.offer(press(1, 7, 7, "w:1:ok"), now);
    chats.offer(press(2, 7, 7, "w:1:ok"), now);
    let shed = chats.offer(press(3, 7, 7, "w:1:ok"), now).shed.expect("folded");
    assert!(!shed.dropped);
}

#[test]
fn a_repeat_after_something_else_from_the_same_sender_is_kept() {
    let mut chats = Chats::new(Bounds { backlog: 8, ..Bounds::default() });
    let now = Instant::now();
    for (i, text_) in ["/start", "/start", "/cancel", "/start", "/cancel"].iter().enumerate() {
        let offer = chats.offer(text(i as i64 + 1, 7, 7, text_), now);
        assert!(offer.shed.is_none(), "{text_} ({i}) is kept");
    }
    assert_eq!(chats.held(), 5);
}

#[test]
fn past_the_backlog_updates_are_dropped_with_at_most_one_notice_a_minute() {
    let mut chats = Chats::new(small());
    let now = Instant::now();
    for i in 1..=3 {
        let offer = chats.offer(text(i, 7, 7, &format!("answer {i}")), now);
        assert!(offer.shed.is_none(), "one at the dispatcher, two waiting");
    }
    let first = chats.offer(text(4, 7, 7, "answer 4"), now).shed.expect("dropped");
    assert!(first.dropped && first.notice);
    let second = chats.offer(press(5, 7, 7, "w:1:ok"), now).shed.expect("dropped");
    assert!(second.dropped && !second.notice, "within the minute: no second notice");
    let later = now + Duration::from_secs(61);
    let third = chats.offer(text(6, 7, 7, "answer 6"), later).shed.expect("dropped");
    assert!(third.notice, "a minute later: told again");
    assert_eq!(chats.held(), 3);
}

#[test]
fn all_chats_together_hold_at_most_the_maximum() {
    let mut chats = Chats::new(Bounds { max_held: 3, ..Bounds::default() });
    let now = Instant::now();
    for chat in 1..=3 {
        assert!(chats.offer(text(chat, chat, chat, "hi"), now).dispatch.is_some());
    }
    let shed = chats.offer(text(4, 4, 4, "hi"), now).shed.expect("dropped");
    assert!(shed.dropped);
    chats.finished(1, now);
    assert!(chats.offer(text(5, 4, 4, "hi"), now).dispatch.is_some(), "room again");
}

#[test]
fn an_update_never_reported_handled_holds_its_chat_only_for_a_while() {
    let mut chats = Chats::new(small());
    let now = Instant::now();
    chats.offer(text(1, 7, 7, "a"), now);
    chats.offer(text(2, 7, 7, "b"), now);
    let later = now + super::STUCK;
    let offer = chats.offer(text(3, 7, 7, "c"), later);
    assert_eq!(id(&offer), Some(2), "the one waiting goes on");
    assert!(offer.shed.is_none(), "and the new one waits behind it");
    assert_eq!(chats.held(), 2);
}

#[test]
fn a_command_with_an_argument_is_never_folded_and_a_groups_move_is_never_shed() {
    let mut chats = Chats::new(small());
    let now = Instant::now();
    assert_eq!(id(&chats.offer(text(1, -5, 7, "/help"), now)), Some(1));
    // Two `/setkey <key>` in a row: each is its own, so each handler deletes its own key.
    for n in 2..=3 {
        let kept = chats.offer(text(n, -5, 7, "/setkey sk-test-0123456789abcdef"), now);
        assert!(kept.shed.is_none(), "{kept:?}");
    }
    // The backlog (2) is full: a member's text is dropped, Telegram's move of the group is not.
    let dropped = chats.offer(text(4, -5, 8, "hello"), now);
    assert!(dropped.shed.as_ref().is_some_and(|s| s.dropped), "{dropped:?}");
    let moved = update(json!({
        "update_id": 5,
        "message": {
            "message_id": 5,
            "date": 0,
            "chat": chat_json(-5),
            "from": { "id": 7, "is_bot": false, "first_name": "u" },
            "migrate_to_chat_id": -1_005_i64,
        },
    }));
    let kept = chats.offer(moved, now);
    assert!(kept.shed.is_none() && kept.dispatch.is_none(), "waits its turn: {kept:?}");
    let order: Vec<u32> =
        std::iter::successors(chats.finished(1, now), |u| chats.finished(i64::from(u.id.0), now))
            .map(|u| u.id.0)
            .collect();
    assert_eq!(order, [2, 3, 5]);
}
