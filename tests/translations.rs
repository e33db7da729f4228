//! The interface's messages: every locale has exactly the keys English has, with the same
//! arguments; every key the templates and the code use exists; and each message renders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use portal::catalogue::codes::Labelled;
use portal::catalogue::{
    BudgetBand, CooperationMode, Domain, EntryKind, InstitutionKind, IpKind, Language, OrgKind, Status,
};
use portal::i18n::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The messages of one locale folder: key → the arguments (`$name`) its text uses.
fn messages(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let (key, body) = line
                    .split_once('=')
                    .unwrap_or_else(|| panic!("{}: {line:?} is not `key = text`", file.display()));
                let key = key.trim().to_owned();
                assert!(
                    messages.insert(key.clone(), BTreeSet::new()).is_none(),
                    "{}: {key} is defined twice",
                    file.display()
                );
                current = Some(key);
                add_arguments(messages.get_mut(current.as_ref().unwrap()).unwrap(), body);
            } else if line.starts_with(' ') {
                if let Some(key) = &current {
                    add_arguments(messages.get_mut(key).unwrap(), line);
                }
            } else {
                current = None;
            }
        }
    }
    messages
}

fn add_arguments(arguments: &mut BTreeSet<String>, text: &str) {
    for part in text.split('$').skip(1) {
        let name: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            arguments.insert(name);
        }
    }
}

fn locales() -> Vec<(String, BTreeMap<String, BTreeSet<String>>)> {
    let mut all: Vec<(String, BTreeMap<String, BTreeSet<String>>)> =
        std::fs::read_dir(root().join("locales"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    messages(&p),
                )
            })
            .collect();
    all.sort();
    all
}

#[test]
fn every_locale_has_exactly_the_english_keys_and_arguments() {
    let all = locales();
    let english = &all
        .iter()
        .find(|(code, _)| code == "en")
        .expect("English messages")
        .1;
    let mut problems = Vec::new();
    for (code, messages) in &all {
        for (key, arguments) in english {
            match messages.get(key) {
                None => problems.push(format!("{code}: {key} is missing")),
                // Plural selectors may drop `$count` in languages without plural forms, but a
                // translation never uses an argument English does not give.
                Some(theirs) if !theirs.is_subset(arguments) => problems.push(format!(
                    "{code}: {key} uses {theirs:?}, English gives {arguments:?}"
                )),
                Some(_) => {}
            }
        }
        for key in messages.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{code}: {key} is not an English key"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let codes: Vec<&str> = all.iter().map(|(c, _)| c.as_str()).collect();
    for required in ["en", "zh", "id", "vi", "th"] {
        assert!(codes.contains(&required), "the interface must be in {required}");
    }
}

/// Every file under `dir` with extension `ext`.
fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|x| x == ext) {
            out.push(path);
        }
    }
}

/// The keys written literally in calls of the message functions.
fn used_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in [".t(\"", ".t1(\"", ".t_with(\"", ".count(\"", ".try_t(\""] {
        for part in text.split(call).skip(1) {
            let key: String = part.chars().take_while(|c| *c != '"').collect();
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                keys.push(key);
            }
        }
    }
    keys
}

#[test]
fn every_key_the_templates_and_code_use_exists() {
    let english = messages(&root().join("locales/en"));
    let mut sources = Vec::new();
    files(&root().join("templates"), "html", &mut sources);
    files(&root().join("src"), "rs", &mut sources);
    let mut missing = Vec::new();
    let mut used = 0;
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        for key in used_keys(&text) {
            used += 1;
            if !english.contains_key(&key) {
                missing.push(format!("{}: {key}", file.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(
        used > 200,
        "only {used} uses of messages found: is the scan broken?"
    );
    assert!(
        missing.is_empty(),
        "keys used but not defined in locales/en:\n{}",
        missing.join("\n")
    );

    // Keys made at run time: the labels of every code, readiness level, goal and error.
    fn labels<T: Labelled>(all: &[T]) -> Vec<String> {
        all.iter().map(|c| format!("{}-{}", c.list(), c.code())).collect()
    }
    let mut made = Vec::new();
    made.extend(labels(Domain::ALL));
    made.extend(labels(InstitutionKind::ALL));
    made.extend(labels(IpKind::ALL));
    made.extend(labels(CooperationMode::ALL));
    made.extend(labels(BudgetBand::ALL));
    made.extend(labels(OrgKind::ALL));
    made.extend(labels(Language::ALL));
    made.extend(labels(Status::ALL));
    made.extend(labels(EntryKind::ALL));
    made.extend(labels(portal::accounts::Role::ALL));
    made.extend(labels(portal::review::revisions::RevisionStatus::ALL));
    made.extend(labels(portal::cooperation::Stage::ALL));
    made.extend(labels(portal::matching::store::DismissalReason::ALL));
    made.extend(labels(portal::matching::store::Verdict::ALL));
    made.extend(labels(&portal::catalogue::search::Facet::ALL));
    made.extend(labels(&portal::catalogue::search::TrlBand::ALL));
    made.extend(labels(&portal::catalogue::search::Sort::ALL));
    made.extend((1..=9).map(|n| format!("trl-{n}")));
    made.extend((1..=17).map(|n| format!("sdg-{n}")));
    made.extend(
        portal::catalogue::codes::ASEAN
            .iter()
            .chain(&["CN"])
            .map(|c| format!("country-{c}")),
    );
    for (code, _) in portal::matching::score::CODES {
        if !matches!(*code, "domain" | "deployed") {
            made.push(format!("reason-{code}"));
        }
    }
    for stage in portal::cooperation::Stage::ALL {
        made.push(format!("notify-stage-{}", stage.code()));
    }
    for done in [
        "saved",
        "submitted",
        "withdrawn",
        "archived",
        "closed",
        "confirmed",
    ] {
        made.push(format!("notice-{done}"));
    }
    for column in portal::interchange::entry::columns(EntryKind::Technology)
        .iter()
        .chain(portal::interchange::entry::columns(EntryKind::Need))
        .filter(|c| c.name != "ref")
    {
        made.push(format!("column-{}", column.name));
    }
    made.extend(
        [
            "reason-domain-same",
            "reason-domain-inferred",
            "reason-deployed-in",
            "reason-deployed-near",
        ]
        .map(String::from),
    );
    for code in [
        "not_found",
        "forbidden",
        "method_not_allowed",
        "payload_too_large",
        "unsupported_media_type",
        "unavailable",
        "bad_request",
        "conflict",
        "internal",
    ] {
        made.push(format!("error-{code}"));
        made.push(format!("error-{code}-title"));
    }
    let missing: Vec<&String> = made.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys made at run time but not defined: {missing:?}"
    );
}

#[test]
fn every_message_renders_in_every_language() {
    let english = messages(&root().join("locales/en"));
    for lang in Lang::all() {
        for (key, arguments) in &english {
            let args: Vec<(&'static str, fluent_templates::fluent_bundle::FluentValue)> = arguments
                .iter()
                .map(|a| {
                    (
                        &*a.clone().leak(),
                        fluent_templates::fluent_bundle::FluentValue::from(2),
                    )
                })
                .collect();
            let text = lang.t_with(key, &args);
            assert!(
                !text.is_empty() && !text.starts_with("Unknown localization key"),
                "{lang} {key}: {text:?}"
            );
        }
        assert!(!lang.name().is_empty());
    }
    assert!(Lang::all().len() >= 5);
}
