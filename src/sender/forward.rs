//! Every [`Requester`](teloxide::requests::Requester) method, one table row each: whether
//! it is paced, its name and associated type, and its generics, arguments and bounds.
//!
//! Derived from teloxide-core 0.13.0's `requester_forward!` (`src/local_macros.rs`, MIT
//! licensed, generated there by `codegen_requester_forward`), which teloxide does not export:
//! the same methods, signatures and bounds, in the same order. When teloxide is upgraded,
//! compare the table with the new version's macro; the compiler checks each row against the
//! `Requester` trait.
//!
//! A row `paced send_message SendMessage {[C, T] (chat_id: C, text: T) [C: …, T: …]};` writes
//! `type SendMessage = paced!(@ty SendMessage);` and a function whose body is
//! `paced!(send_message this (chat_id: C, text: T))`; `forwarded` rows use `forwarded!`. The
//! signatures most methods share have a name of their own (`none`, `chat`, …) in place of the
//! braces, so that a row says only how it differs.

/// One row of the table (see the module's doc).
macro_rules! method {
    ($kind:ident $name:ident $Type:ident none) => {
        method!($kind $name $Type {[] () []});
    };
    ($kind:ident $name:ident $Type:ident chat) => {
        method!($kind $name $Type {[C] (chat_id: C) [C: Into<Recipient>]});
    };
    ($kind:ident $name:ident $Type:ident chat_user) => {
        method!($kind $name $Type {[C] (chat_id: C, user_id: UserId) [C: Into<Recipient>]});
    };
    ($kind:ident $name:ident $Type:ident chat_message) => {
        method!($kind $name $Type {[C] (chat_id: C, message_id: MessageId) [C: Into<Recipient>]});
    };
    ($kind:ident $name:ident $Type:ident chat_thread) => {
        method!($kind $name $Type {[C] (chat_id: C, message_thread_id: ThreadId) [C: Into<Recipient>]});
    };
    ($kind:ident $name:ident $Type:ident business) => {
        method!($kind $name $Type {[] (business_connection_id: BusinessConnectionId) []});
    };
    ($kind:ident $name:ident $Type:ident
        {[$($G:ident),*] ($($arg:ident : $T:ty),*) [$($bounds:tt)*]}) => {
        type $Type = $kind!(@ty $Type);

        fn $name<$($G),*>(&self, $($arg: $T),*) -> Self::$Type where $($bounds)* {
            let this = self;
            $kind!($name this ($($arg: $T),*))
        }
    };
}

/// Every `Requester` method, as the body of `impl Requester for Paced<B>`.
macro_rules! requester_methods {
    () => {
        requester_methods! {
            forwarded get_updates GetUpdates none;
            forwarded set_webhook SetWebhook {[] (url: Url) []};
            forwarded delete_webhook DeleteWebhook none;
            forwarded get_webhook_info GetWebhookInfo none;
            lenient get_me GetMe none;
            forwarded log_out LogOut none;
            forwarded close Close none;
            paced send_message SendMessage {[C, T] (chat_id: C, text: T) [C: Into<Recipient>, T: Into<String>]};
            paced forward_message ForwardMessage {[C, F] (chat_id: C, from_chat_id: F, message_id: MessageId) [C: Into<Recipient>, F: Into<Recipient>]};
            paced forward_messages ForwardMessages {[C, F, M] (chat_id: C, from_chat_id: F, message_ids: M) [C: Into<Recipient>, F: Into<Recipient>, M: IntoIterator<Item = MessageId>]};
            paced copy_message CopyMessage {[C, F] (chat_id: C, from_chat_id: F, message_id: MessageId) [C: Into<Recipient>, F: Into<Recipient>]};
            paced copy_messages CopyMessages {[C, F, M] (chat_id: C, from_chat_id: F, message_ids: M) [C: Into<Recipient>, F: Into<Recipient>, M: IntoIterator<Item = MessageId>]};
            paced send_photo SendPhoto {[C] (chat_id: C, photo: InputFile) [C: Into<Recipient>]};
            paced send_audio SendAudio {[C] (chat_id: C, audio: InputFile) [C: Into<Recipient>]};
            paced send_document SendDocument {[C] (chat_id: C, document: InputFile) [C: Into<Recipient>]};
            paced send_video SendVideo {[C] (chat_id: C, video: InputFile) [C: Into<Recipient>]};
            paced send_animation SendAnimation {[C] (chat_id: C, animation: InputFile) [C: Into<Recipient>]};
            paced send_voice SendVoice {[C] (chat_id: C, voice: InputFile) [C: Into<Recipient>]};
            paced send_video_note SendVideoNote {[C] (chat_id: C, video_note: InputFile) [C: Into<Recipient>]};
            paced send_paid_media SendPaidMedia {[C, M] (chat_id: C, star_count: u32, media: M) [C: Into<Recipient>, M: IntoIterator<Item = InputPaidMedia>]};
            paced send_media_group SendMediaGroup {[C, M] (chat_id: C, media: M) [C: Into<Recipient>, M: IntoIterator<Item = InputMedia>]};
            paced send_location SendLocation {[C] (chat_id: C, latitude: f64, longitude: f64) [C: Into<Recipient>]};
            paced edit_message_live_location EditMessageLiveLocation {[C] (chat_id: C, message_id: MessageId, latitude: f64, longitude: f64) [C: Into<Recipient>]};
            forwarded edit_message_live_location_inline EditMessageLiveLocationInline {[I] (inline_message_id: I, latitude: f64, longitude: f64) [I: Into<String>]};
            paced stop_message_live_location StopMessageLiveLocation chat_message;
            forwarded stop_message_live_location_inline StopMessageLiveLocationInline {[I] (inline_message_id: I) [I: Into<String>]};
            paced edit_message_checklist EditMessageChecklist {[C] (business_connection_id: BusinessConnectionId, chat_id: C, message_id: MessageId, checklist: InputChecklist) [C: Into<ChatId>]};
            paced send_venue SendVenue {[C, T, A] (chat_id: C, latitude: f64, longitude: f64, title: T, address: A) [C: Into<Recipient>, T: Into<String>, A: Into<String>]};
            paced send_contact SendContact {[C, P, F] (chat_id: C, phone_number: P, first_name: F) [C: Into<Recipient>, P: Into<String>, F: Into<String>]};
            paced send_poll SendPoll {[C, Q, O] (chat_id: C, question: Q, options: O) [C: Into<Recipient>, Q: Into<String>, O: IntoIterator<Item = InputPollOption>]};
            paced send_checklist SendChecklist {[C] (business_connection_id: BusinessConnectionId, chat_id: C, checklist: InputChecklist) [C: Into<ChatId>]};
            paced send_dice SendDice chat;
            forwarded send_chat_action SendChatAction {[C] (chat_id: C, action: ChatAction) [C: Into<Recipient>]};
            forwarded set_message_reaction SetMessageReaction chat_message;
            forwarded get_user_profile_photos GetUserProfilePhotos {[] (user_id: UserId) []};
            forwarded set_user_emoji_status SetUserEmojiStatus {[] (user_id: UserId) []};
            forwarded get_file GetFile {[] (file_id: FileId) []};
            forwarded ban_chat_member BanChatMember chat_user;
            forwarded kick_chat_member KickChatMember chat_user;
            forwarded unban_chat_member UnbanChatMember chat_user;
            forwarded restrict_chat_member RestrictChatMember {[C] (chat_id: C, user_id: UserId, permissions: ChatPermissions) [C: Into<Recipient>]};
            forwarded promote_chat_member PromoteChatMember chat_user;
            forwarded set_chat_administrator_custom_title SetChatAdministratorCustomTitle {[Ch, C] (chat_id: Ch, user_id: UserId, custom_title: C) [Ch: Into<Recipient>, C: Into<String>]};
            forwarded ban_chat_sender_chat BanChatSenderChat {[C, S] (chat_id: C, sender_chat_id: S) [C: Into<Recipient>, S: Into<ChatId>]};
            forwarded unban_chat_sender_chat UnbanChatSenderChat {[C, S] (chat_id: C, sender_chat_id: S) [C: Into<Recipient>, S: Into<ChatId>]};
            forwarded set_chat_permissions SetChatPermissions {[C] (chat_id: C, permissions: ChatPermissions) [C: Into<Recipient>]};
            forwarded export_chat_invite_link ExportChatInviteLink chat;
            forwarded create_chat_invite_link CreateChatInviteLink chat;
            forwarded edit_chat_invite_link EditChatInviteLink {[C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]};
            forwarded create_chat_subscription_invite_link CreateChatSubscriptionInviteLink {[C] (chat_id: C, subscription_period: Seconds, subscription_price: u32) [C: Into<Recipient>]};
            forwarded edit_chat_subscription_invite_link EditChatSubscriptionInviteLink {[C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]};
            forwarded revoke_chat_invite_link RevokeChatInviteLink {[C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]};
            forwarded approve_chat_join_request ApproveChatJoinRequest chat_user;
            forwarded decline_chat_join_request DeclineChatJoinRequest chat_user;
            forwarded set_chat_photo SetChatPhoto {[C] (chat_id: C, photo: InputFile) [C: Into<Recipient>]};
            forwarded delete_chat_photo DeleteChatPhoto chat;
            forwarded set_chat_title SetChatTitle {[C, T] (chat_id: C, title: T) [C: Into<Recipient>, T: Into<String>]};
            forwarded set_chat_description SetChatDescription chat;
            forwarded pin_chat_message PinChatMessage chat_message;
            forwarded unpin_chat_message UnpinChatMessage chat;
            forwarded unpin_all_chat_messages UnpinAllChatMessages chat;
            forwarded leave_chat LeaveChat chat;
            forwarded get_chat GetChat chat;
            forwarded get_chat_administrators GetChatAdministrators chat;
            forwarded get_chat_member_count GetChatMemberCount chat;
            forwarded get_chat_members_count GetChatMembersCount chat;
            forwarded get_chat_member GetChatMember chat_user;
            forwarded set_chat_sticker_set SetChatStickerSet {[C, S] (chat_id: C, sticker_set_name: S) [C: Into<Recipient>, S: Into<String>]};
            forwarded delete_chat_sticker_set DeleteChatStickerSet chat;
            forwarded get_forum_topic_icon_stickers GetForumTopicIconStickers none;
            forwarded create_forum_topic CreateForumTopic {[C, N] (chat_id: C, name: N) [C: Into<Recipient>, N: Into<String>]};
            forwarded edit_forum_topic EditForumTopic chat_thread;
            forwarded close_forum_topic CloseForumTopic chat_thread;
            forwarded reopen_forum_topic ReopenForumTopic chat_thread;
            forwarded delete_forum_topic DeleteForumTopic chat_thread;
            forwarded unpin_all_forum_topic_messages UnpinAllForumTopicMessages chat_thread;
            forwarded edit_general_forum_topic EditGeneralForumTopic {[C, N] (chat_id: C, name: N) [C: Into<Recipient>, N: Into<String>]};
            forwarded close_general_forum_topic CloseGeneralForumTopic chat;
            forwarded reopen_general_forum_topic ReopenGeneralForumTopic chat;
            forwarded hide_general_forum_topic HideGeneralForumTopic chat;
            forwarded unhide_general_forum_topic UnhideGeneralForumTopic chat;
            forwarded unpin_all_general_forum_topic_messages UnpinAllGeneralForumTopicMessages chat;
            forwarded answer_callback_query AnswerCallbackQuery {[] (callback_query_id: CallbackQueryId) []};
            forwarded get_user_chat_boosts GetUserChatBoosts chat_user;
            forwarded set_my_commands SetMyCommands {[C] (commands: C) [C: IntoIterator<Item = BotCommand>]};
            forwarded get_business_connection GetBusinessConnection business;
            forwarded get_my_commands GetMyCommands none;
            forwarded set_my_name SetMyName none;
            forwarded get_my_name GetMyName none;
            forwarded set_my_description SetMyDescription none;
            forwarded get_my_description GetMyDescription none;
            forwarded set_my_short_description SetMyShortDescription none;
            forwarded get_my_short_description GetMyShortDescription none;
            forwarded set_chat_menu_button SetChatMenuButton none;
            forwarded get_chat_menu_button GetChatMenuButton none;
            forwarded set_my_default_administrator_rights SetMyDefaultAdministratorRights none;
            forwarded get_my_default_administrator_rights GetMyDefaultAdministratorRights none;
            forwarded delete_my_commands DeleteMyCommands none;
            forwarded answer_inline_query AnswerInlineQuery {[R] (inline_query_id: InlineQueryId, results: R) [R: IntoIterator<Item = InlineQueryResult>]};
            forwarded answer_web_app_query AnswerWebAppQuery {[W] (web_app_query_id: W, result: InlineQueryResult) [W: Into<String>]};
            forwarded save_prepared_inline_message SavePreparedInlineMessage {[] (user_id: UserId, result: InlineQueryResult) []};
            paced edit_message_text EditMessageText {[C, T] (chat_id: C, message_id: MessageId, text: T) [C: Into<Recipient>, T: Into<String>]};
            forwarded edit_message_text_inline EditMessageTextInline {[I, T] (inline_message_id: I, text: T) [I: Into<String>, T: Into<String>]};
            paced edit_message_caption EditMessageCaption chat_message;
            forwarded edit_message_caption_inline EditMessageCaptionInline {[I] (inline_message_id: I) [I: Into<String>]};
            paced edit_message_media EditMessageMedia {[C] (chat_id: C, message_id: MessageId, media: InputMedia) [C: Into<Recipient>]};
            forwarded edit_message_media_inline EditMessageMediaInline {[I] (inline_message_id: I, media: InputMedia) [I: Into<String>]};
            paced edit_message_reply_markup EditMessageReplyMarkup chat_message;
            forwarded edit_message_reply_markup_inline EditMessageReplyMarkupInline {[I] (inline_message_id: I) [I: Into<String>]};
            paced stop_poll StopPoll chat_message;
            forwarded delete_message DeleteMessage chat_message;
            forwarded delete_messages DeleteMessages {[C, M] (chat_id: C, message_ids: M) [C: Into<Recipient>, M: IntoIterator<Item = MessageId>]};
            paced send_sticker SendSticker {[C] (chat_id: C, sticker: InputFile) [C: Into<Recipient>]};
            forwarded get_sticker_set GetStickerSet {[N] (name: N) [N: Into<String>]};
            forwarded get_custom_emoji_stickers GetCustomEmojiStickers {[C] (custom_emoji_ids: C) [C: IntoIterator<Item = CustomEmojiId>]};
            forwarded upload_sticker_file UploadStickerFile {[] (user_id: UserId, sticker: InputFile, sticker_format: StickerFormat) []};
            forwarded create_new_sticker_set CreateNewStickerSet {[N, T, S] (user_id: UserId, name: N, title: T, stickers: S) [N: Into<String>, T: Into<String>, S: IntoIterator<Item = InputSticker>]};
            forwarded add_sticker_to_set AddStickerToSet {[N] (user_id: UserId, name: N, sticker: InputSticker) [N: Into<String>]};
            forwarded set_sticker_position_in_set SetStickerPositionInSet {[S] (sticker: S, position: u32) [S: Into<String>]};
            forwarded delete_sticker_from_set DeleteStickerFromSet {[S] (sticker: S) [S: Into<String>]};
            forwarded replace_sticker_in_set ReplaceStickerInSet {[N, O] (user_id: UserId, name: N, old_sticker: O, sticker: InputSticker) [N: Into<String>, O: Into<String>]};
            forwarded set_sticker_set_thumbnail SetStickerSetThumbnail {[N] (name: N, user_id: UserId, format: StickerFormat) [N: Into<String>]};
            forwarded set_custom_emoji_sticker_set_thumbnail SetCustomEmojiStickerSetThumbnail {[N] (name: N) [N: Into<String>]};
            forwarded set_sticker_set_title SetStickerSetTitle {[N, T] (name: N, title: T) [N: Into<String>, T: Into<String>]};
            forwarded delete_sticker_set DeleteStickerSet {[N] (name: N) [N: Into<String>]};
            forwarded set_sticker_emoji_list SetStickerEmojiList {[S, E] (sticker: S, emoji_list: E) [S: Into<String>, E: IntoIterator<Item = String>]};
            forwarded set_sticker_keywords SetStickerKeywords {[S] (sticker: S) [S: Into<String>]};
            forwarded set_sticker_mask_position SetStickerMaskPosition {[S] (sticker: S) [S: Into<String>]};
            forwarded get_available_gifts GetAvailableGifts none;
            forwarded send_gift SendGift {[] (user_id: UserId, gift_id: GiftId) []};
            forwarded send_gift_chat SendGiftChat {[C] (chat_id: C, gift_id: GiftId) [C: Into<Recipient>]};
            forwarded gift_premium_subscription GiftPremiumSubscription {[] (user_id: UserId, month_count: u8, star_count: u32) []};
            forwarded verify_user VerifyUser {[] (user_id: UserId) []};
            forwarded verify_chat VerifyChat chat;
            forwarded remove_user_verification RemoveUserVerification {[] (user_id: UserId) []};
            forwarded remove_chat_verification RemoveChatVerification chat;
            forwarded read_business_message ReadBusinessMessage {[C] (business_connection_id: BusinessConnectionId, chat_id: C, message_id: MessageId) [C: Into<ChatId>]};
            forwarded delete_business_messages DeleteBusinessMessages {[M] (business_connection_id: BusinessConnectionId, message_ids: M) [M: IntoIterator<Item = MessageId>]};
            forwarded set_business_account_name SetBusinessAccountName {[F] (business_connection_id: BusinessConnectionId, first_name: F) [F: Into<String>]};
            forwarded set_business_account_username SetBusinessAccountUsername business;
            forwarded set_business_account_bio SetBusinessAccountBio business;
            forwarded set_business_account_profile_photo SetBusinessAccountProfilePhoto {[] (business_connection_id: BusinessConnectionId, photo: InputProfilePhoto) []};
            forwarded remove_business_account_profile_photo RemoveBusinessAccountProfilePhoto business;
            forwarded set_business_account_gift_settings SetBusinessAccountGiftSettings {[] (business_connection_id: BusinessConnectionId, show_gift_button: bool, accepted_gift_types: AcceptedGiftTypes) []};
            forwarded get_business_account_star_balance GetBusinessAccountStarBalance business;
            forwarded transfer_business_account_stars TransferBusinessAccountStars {[] (business_connection_id: BusinessConnectionId, star_count: u32) []};
            forwarded get_business_account_gifts GetBusinessAccountGifts business;
            forwarded convert_gift_to_stars ConvertGiftToStars {[] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId) []};
            forwarded upgrade_gift UpgradeGift {[] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId) []};
            forwarded transfer_gift TransferGift {[N] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId, new_owner_chat_id: N) [N: Into<ChatId>]};
            forwarded post_story PostStory {[] (business_connection_id: BusinessConnectionId, content: InputStoryContent, active_period: Seconds) []};
            forwarded edit_story EditStory {[] (business_connection_id: BusinessConnectionId, story_id: StoryId, content: InputStoryContent) []};
            forwarded delete_story DeleteStory {[] (business_connection_id: BusinessConnectionId, story_id: StoryId) []};
            paced send_invoice SendInvoice {[Ch, T, D, Pa, C, P] (chat_id: Ch, title: T, description: D, payload: Pa, currency: C, prices: P) [Ch: Into<Recipient>, T: Into<String>, D: Into<String>, Pa: Into<String>, C: Into<String>, P: IntoIterator<Item = LabeledPrice>]};
            forwarded create_invoice_link CreateInvoiceLink {[T, D, Pa, C, P] (title: T, description: D, payload: Pa, currency: C, prices: P) [T: Into<String>, D: Into<String>, Pa: Into<String>, C: Into<String>, P: IntoIterator<Item = LabeledPrice>]};
            forwarded answer_shipping_query AnswerShippingQuery {[] (shipping_query_id: ShippingQueryId, ok: bool) []};
            forwarded answer_pre_checkout_query AnswerPreCheckoutQuery {[] (pre_checkout_query_id: PreCheckoutQueryId, ok: bool) []};
            forwarded get_my_star_balance GetMyStarBalance none;
            forwarded get_star_transactions GetStarTransactions none;
            forwarded refund_star_payment RefundStarPayment {[] (user_id: UserId, telegram_payment_charge_id: TelegramTransactionId) []};
            forwarded edit_user_star_subscription EditUserStarSubscription {[] (user_id: UserId, telegram_payment_charge_id: TelegramTransactionId, is_canceled: bool) []};
            forwarded set_passport_data_errors SetPassportDataErrors {[E] (user_id: UserId, errors: E) [E: IntoIterator<Item = PassportElementError>]};
            paced send_game SendGame {[C, G] (chat_id: C, game_short_name: G) [C: Into<ChatId>, G: Into<String>]};
            forwarded set_game_score SetGameScore {[] (user_id: UserId, score: u64, chat_id: u32, message_id: MessageId) []};
            forwarded set_game_score_inline SetGameScoreInline {[I] (user_id: UserId, score: u64, inline_message_id: I) [I: Into<String>]};
            forwarded get_game_high_scores GetGameHighScores {[T] (user_id: UserId, target: T) [T: Into<TargetMessage>]};
        }
    };
    ($($kind:ident $name:ident $Type:ident $sig:tt;)*) => {
        $(method!($kind $name $Type $sig);)*
    };
}
