//! What the "create a bot" dialog starts with: the assistant's name, and an @username made
//! from it. The user can change both there.
//!
//! A bot's username is 5 to 32 characters of `a-z`, `0-9` and `_`, starts with a letter and
//! ends in `bot`. Latin letters with accents and Cyrillic are spelled in Latin; what is left
//! over goes. A name with nothing usable gets `assistant_` and a number instead.

/// The longest bot name Telegram takes.
const NAME_MAX: usize = 64;
/// The longest username.
const USERNAME_MAX: usize = 32;
const SUFFIX: &str = "_bot";

/// The name to suggest: the assistant's, cut to what Telegram takes.
pub fn suggested_name(name: &str) -> String {
    name.trim().chars().take(NAME_MAX).collect()
}

/// A valid username derived from `name`; `salt` numbers the fallback when the name has no
/// letter or digit to use.
pub fn suggested_username(name: &str, salt: u32) -> String {
    let mut base = String::new();
    for c in name.trim().chars().flat_map(|c| c.to_lowercase()) {
        let spelled = spell(c);
        if spelled.is_empty() {
            // Spaces, dashes, punctuation: one underscore between words.
            if !base.is_empty() && !base.ends_with('_') {
                base.push('_');
            }
        } else {
            base.push_str(spelled);
        }
    }
    let mut base = base.trim_matches('_').to_owned();
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base = if base.is_empty() {
            format!("assistant_{}", salt % 10_000)
        } else {
            format!("a{base}")
        };
    }
    // A name that already makes a username ending in "bot" is used as it is.
    if (5..=USERNAME_MAX).contains(&base.len()) && base.ends_with("bot") {
        return base;
    }
    base.truncate(USERNAME_MAX - SUFFIX.len());
    let base = base.trim_end_matches('_');
    format!("{base}{SUFFIX}")
}

/// `c` (lowercase) in `a-z0-9`, or empty.
fn spell(c: char) -> &'static str {
    const ASCII: [&str; 36] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    if let Some(digit) = c.to_digit(36).filter(|_| c.is_ascii()) {
        return ASCII[digit as usize];
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'а' => "a",
        'ä' | 'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'е' | 'э' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'и' | 'і' => "i",
        'ñ' | 'н' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'о' => "o",
        'ö' | 'œ' => "oe",
        'ù' | 'ú' | 'û' | 'у' => "u",
        'ü' => "ue",
        'ß' => "ss",
        'ý' | 'ÿ' | 'й' | 'ы' => "y",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(username: &str) -> bool {
        (5..=32).contains(&username.len())
            && username.starts_with(|c: char| c.is_ascii_lowercase())
            && username.ends_with("bot")
            && username.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !username.contains("__")
    }

    #[test]
    fn names_become_usernames() {
        for (name, expected) in [
            ("Support Helper", "support_helper_bot"),
            ("  Café  Olé! ", "cafe_ole_bot"),
            ("Müller & Söhne", "mueller_soehne_bot"),
            ("Помощник", "pomoshchnik_bot"),
            ("Trip-Planner 2000", "trip_planner_2000_bot"),
            ("42 answers", "a42_answers_bot"),
            ("HelperBot", "helperbot"),
            ("Helper Bot", "helper_bot"),
            ("Robot", "robot"),
            ("bot", "bot_bot"),
        ] {
            assert_eq!(suggested_username(name, 7), expected, "{name}");
            assert!(valid(expected), "{expected}");
        }
    }

    #[test]
    fn a_name_with_nothing_usable_gets_a_numbered_fallback() {
        assert_eq!(suggested_username("🤖🤖", 123_456), "assistant_3456_bot");
        assert_eq!(suggested_username("", 1), "assistant_1_bot");
        assert_eq!(suggested_username("日本語", 9), "assistant_9_bot");
    }

    #[test]
    fn every_username_is_valid_whatever_the_name() {
        let long = "An assistant with a really very long name that goes on";
        for name in [long, "a", "_", "x y", "Ab", "__init__", "999999999999999999999999999999999"] {
            let username = suggested_username(name, 77);
            assert!(valid(&username), "{name:?} gave {username:?}");
        }
        assert_eq!(suggested_name(&"n".repeat(80)).chars().count(), 64);
    }
}
