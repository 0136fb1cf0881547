//! Other bots' profiles (the assistants' bots): getMyName, getMyShortDescription and
//! getMyDescription answer `BotName {name}`, `BotShortDescription {short_description}` and
//! `BotDescription {description}`; the set methods take `name` (0-64 characters),
//! `short_description` (0-120) and `description` (0-512), as the Bot API reference says. The
//! error text for a value over the limit is the fake's own guess (the reference names none).
//! Only the default language is kept.

use serde_json::{Value, json};

use super::{FakeTelegram, Inner};

/// A bot's profile in the fake: name, short description, description.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Its name.
    pub name: String,
    /// Its short description.
    pub about: String,
    /// Its description.
    pub description: String,
}

/// The answer to a profile method called with the token of the bot `id` named `username`;
/// `None` for any other method.
pub(super) fn answer(
    inner: &mut Inner,
    id: i64,
    username: &str,
    method: &str,
    body: &Value,
) -> Option<Result<Value, Value>> {
    let profile = inner
        .profiles
        .entry(id)
        .or_insert_with(|| Profile { name: username.to_owned(), ..Profile::default() });
    let text = |field: &str| body.get(field).and_then(Value::as_str).unwrap_or_default().to_owned();
    let set = |slot: &mut String, value: String, limit: usize, what: &str| {
        if value.chars().count() > limit {
            return Err(json!({
                "ok": false,
                "error_code": 400,
                "description": format!("Bad Request: {what} is too long"),
            }));
        }
        *slot = value;
        Ok(json!(true))
    };
    Some(match method {
        "getmyname" => Ok(json!({ "name": profile.name })),
        "getmyshortdescription" => Ok(json!({ "short_description": profile.about })),
        "getmydescription" => Ok(json!({ "description": profile.description })),
        "setmyname" => set(&mut profile.name, text("name"), 64, "bot name"),
        "setmyshortdescription" => {
            set(&mut profile.about, text("short_description"), 120, "bot short description")
        }
        "setmydescription" => {
            set(&mut profile.description, text("description"), 512, "bot description")
        }
        _ => return None,
    })
}

impl FakeTelegram {
    /// The profile of the other bot `id`, as the bot last set it (`None`: never asked).
    pub fn profile_of(&self, id: i64) -> Option<Profile> {
        self.shared.lock().profiles.get(&id).cloned()
    }
}
