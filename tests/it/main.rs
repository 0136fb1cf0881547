//! Integration tests: one binary (one link) for the whole suite.

mod api_client;
mod bot_start;
mod config_cli;
mod crash_windows;
mod crashes;
mod fake_telegram_fidelity;
mod faults;
mod forms;
mod inbox;
mod locales;
mod manage;
mod managed_bots;
mod managed_cards;
mod ops;
mod public_url;
mod sealing;
mod sender;
mod service;
mod setkey;
mod sim_conformance;
mod startup;
mod support;
mod teams;
mod teams_guard;
mod tracking;
mod wizard;
