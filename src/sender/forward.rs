//! Every [`Requester`](teloxide::requests::Requester) method, as a macro that writes each
//! one's associated type and forwarding function.
//!
//! Derived from teloxide-core 0.13.0's `requester_forward!` (`src/local_macros.rs`, MIT
//! licensed, generated there by `codegen_requester_forward`), which teloxide does not export:
//! the same methods, signatures and bounds, one table row each. `requester_forward! {
//! send_message, … => body, ty }` expands, for each method, to
//! `type SendMessage = ty![SendMessage];` and a function whose body is
//! `body!(send_message this (chat_id: C, text: T))`. When teloxide is upgraded, compare the
//! table with the new version's macro.

/// One method: its associated type, and a function with the given generics, arguments and
/// bounds whose body is `$body!(name this (args))`. The signatures most methods share have a
/// name of their own (`none`, `chat`, …), so that a row says only how it differs.
macro_rules! fwd {
    ($body:ident $ty:ident $name:ident $Type:ident none) => {
        fwd!($body $ty $name $Type [] () []);
    };
    ($body:ident $ty:ident $name:ident $Type:ident chat) => {
        fwd!($body $ty $name $Type [C] (chat_id: C) [C: Into<Recipient>]);
    };
    ($body:ident $ty:ident $name:ident $Type:ident chat_user) => {
        fwd!($body $ty $name $Type [C] (chat_id: C, user_id: UserId) [C: Into<Recipient>]);
    };
    ($body:ident $ty:ident $name:ident $Type:ident chat_message) => {
        fwd!($body $ty $name $Type [C] (chat_id: C, message_id: MessageId) [C: Into<Recipient>]);
    };
    ($body:ident $ty:ident $name:ident $Type:ident chat_thread) => {
        fwd!($body $ty $name $Type [C] (chat_id: C, message_thread_id: ThreadId) [C: Into<Recipient>]);
    };
    ($body:ident $ty:ident $name:ident $Type:ident business) => {
        fwd!($body $ty $name $Type [] (business_connection_id: BusinessConnectionId) []);
    };
    ($body:ident $ty:ident $name:ident $Type:ident [$($G:ident),*] ($($arg:ident : $T:ty),*)
        [$($bounds:tt)*]) => {
        type $Type = $ty![$Type];

        fn $name<$($G),*>(&self, $($arg: $T),*) -> Self::$Type where $($bounds)* {
            let this = self;
            $body!($name this ($($arg: $T),*))
        }
    };
}

macro_rules! requester_forward {
    ($i:ident $(, $rest:ident )* $(,)? => $body:ident, $ty:ident ) => {
        requester_forward!(@method $i $body $ty);
        $(
            requester_forward!(@method $rest $body $ty);
        )*
    };
    (@method get_updates $b:ident $t:ident) => { fwd!($b $t get_updates GetUpdates none); };
    (@method set_webhook $b:ident $t:ident) => { fwd!($b $t set_webhook SetWebhook
        [] (url: Url) []); };
    (@method delete_webhook $b:ident $t:ident) => { fwd!($b $t delete_webhook DeleteWebhook none); };
    (@method get_webhook_info $b:ident $t:ident) => { fwd!($b $t get_webhook_info GetWebhookInfo none); };
    (@method get_me $b:ident $t:ident) => { fwd!($b $t get_me GetMe none); };
    (@method log_out $b:ident $t:ident) => { fwd!($b $t log_out LogOut none); };
    (@method close $b:ident $t:ident) => { fwd!($b $t close Close none); };
    (@method send_message $b:ident $t:ident) => { fwd!($b $t send_message SendMessage
        [C, T] (chat_id: C, text: T) [C: Into<Recipient>, T: Into<String>]); };
    (@method forward_message $b:ident $t:ident) => { fwd!($b $t forward_message ForwardMessage
        [C, F] (chat_id: C, from_chat_id: F, message_id: MessageId) [C: Into<Recipient>, F: Into<Recipient>]); };
    (@method forward_messages $b:ident $t:ident) => { fwd!($b $t forward_messages ForwardMessages
        [C, F, M] (chat_id: C, from_chat_id: F, message_ids: M) [C: Into<Recipient>, F: Into<Recipient>, M: IntoIterator<Item = MessageId>]); };
    (@method copy_message $b:ident $t:ident) => { fwd!($b $t copy_message CopyMessage
        [C, F] (chat_id: C, from_chat_id: F, message_id: MessageId) [C: Into<Recipient>, F: Into<Recipient>]); };
    (@method copy_messages $b:ident $t:ident) => { fwd!($b $t copy_messages CopyMessages
        [C, F, M] (chat_id: C, from_chat_id: F, message_ids: M) [C: Into<Recipient>, F: Into<Recipient>, M: IntoIterator<Item = MessageId>]); };
    (@method send_photo $b:ident $t:ident) => { fwd!($b $t send_photo SendPhoto
        [C] (chat_id: C, photo: InputFile) [C: Into<Recipient>]); };
    (@method send_audio $b:ident $t:ident) => { fwd!($b $t send_audio SendAudio
        [C] (chat_id: C, audio: InputFile) [C: Into<Recipient>]); };
    (@method send_document $b:ident $t:ident) => { fwd!($b $t send_document SendDocument
        [C] (chat_id: C, document: InputFile) [C: Into<Recipient>]); };
    (@method send_video $b:ident $t:ident) => { fwd!($b $t send_video SendVideo
        [C] (chat_id: C, video: InputFile) [C: Into<Recipient>]); };
    (@method send_animation $b:ident $t:ident) => { fwd!($b $t send_animation SendAnimation
        [C] (chat_id: C, animation: InputFile) [C: Into<Recipient>]); };
    (@method send_voice $b:ident $t:ident) => { fwd!($b $t send_voice SendVoice
        [C] (chat_id: C, voice: InputFile) [C: Into<Recipient>]); };
    (@method send_video_note $b:ident $t:ident) => { fwd!($b $t send_video_note SendVideoNote
        [C] (chat_id: C, video_note: InputFile) [C: Into<Recipient>]); };
    (@method send_paid_media $b:ident $t:ident) => { fwd!($b $t send_paid_media SendPaidMedia
        [C, M] (chat_id: C, star_count: u32, media: M) [C: Into<Recipient>, M: IntoIterator<Item = InputPaidMedia>]); };
    (@method send_media_group $b:ident $t:ident) => { fwd!($b $t send_media_group SendMediaGroup
        [C, M] (chat_id: C, media: M) [C: Into<Recipient>, M: IntoIterator<Item = InputMedia>]); };
    (@method send_location $b:ident $t:ident) => { fwd!($b $t send_location SendLocation
        [C] (chat_id: C, latitude: f64, longitude: f64) [C: Into<Recipient>]); };
    (@method edit_message_live_location $b:ident $t:ident) => { fwd!($b $t edit_message_live_location EditMessageLiveLocation
        [C] (chat_id: C, message_id: MessageId, latitude: f64, longitude: f64) [C: Into<Recipient>]); };
    (@method edit_message_live_location_inline $b:ident $t:ident) => { fwd!($b $t edit_message_live_location_inline EditMessageLiveLocationInline
        [I] (inline_message_id: I, latitude: f64, longitude: f64) [I: Into<String>]); };
    (@method stop_message_live_location $b:ident $t:ident) => { fwd!($b $t stop_message_live_location StopMessageLiveLocation chat_message); };
    (@method stop_message_live_location_inline $b:ident $t:ident) => { fwd!($b $t stop_message_live_location_inline StopMessageLiveLocationInline
        [I] (inline_message_id: I) [I: Into<String>]); };
    (@method edit_message_checklist $b:ident $t:ident) => { fwd!($b $t edit_message_checklist EditMessageChecklist
        [C] (business_connection_id: BusinessConnectionId, chat_id: C, message_id: MessageId, checklist: InputChecklist) [C: Into<ChatId>]); };
    (@method send_venue $b:ident $t:ident) => { fwd!($b $t send_venue SendVenue
        [C, T, A] (chat_id: C, latitude: f64, longitude: f64, title: T, address: A) [C: Into<Recipient>, T: Into<String>, A: Into<String>]); };
    (@method send_contact $b:ident $t:ident) => { fwd!($b $t send_contact SendContact
        [C, P, F] (chat_id: C, phone_number: P, first_name: F) [C: Into<Recipient>, P: Into<String>, F: Into<String>]); };
    (@method send_poll $b:ident $t:ident) => { fwd!($b $t send_poll SendPoll
        [C, Q, O] (chat_id: C, question: Q, options: O) [C: Into<Recipient>, Q: Into<String>, O: IntoIterator<Item = InputPollOption>]); };
    (@method send_checklist $b:ident $t:ident) => { fwd!($b $t send_checklist SendChecklist
        [C] (business_connection_id: BusinessConnectionId, chat_id: C, checklist: InputChecklist) [C: Into<ChatId>]); };
    (@method send_dice $b:ident $t:ident) => { fwd!($b $t send_dice SendDice chat); };
    (@method send_chat_action $b:ident $t:ident) => { fwd!($b $t send_chat_action SendChatAction
        [C] (chat_id: C, action: ChatAction) [C: Into<Recipient>]); };
    (@method set_message_reaction $b:ident $t:ident) => { fwd!($b $t set_message_reaction SetMessageReaction chat_message); };
    (@method get_user_profile_photos $b:ident $t:ident) => { fwd!($b $t get_user_profile_photos GetUserProfilePhotos
        [] (user_id: UserId) []); };
    (@method set_user_emoji_status $b:ident $t:ident) => { fwd!($b $t set_user_emoji_status SetUserEmojiStatus
        [] (user_id: UserId) []); };
    (@method get_file $b:ident $t:ident) => { fwd!($b $t get_file GetFile
        [] (file_id: FileId) []); };
    (@method ban_chat_member $b:ident $t:ident) => { fwd!($b $t ban_chat_member BanChatMember chat_user); };
    (@method kick_chat_member $b:ident $t:ident) => { fwd!($b $t kick_chat_member KickChatMember chat_user); };
    (@method unban_chat_member $b:ident $t:ident) => { fwd!($b $t unban_chat_member UnbanChatMember chat_user); };
    (@method restrict_chat_member $b:ident $t:ident) => { fwd!($b $t restrict_chat_member RestrictChatMember
        [C] (chat_id: C, user_id: UserId, permissions: ChatPermissions) [C: Into<Recipient>]); };
    (@method promote_chat_member $b:ident $t:ident) => { fwd!($b $t promote_chat_member PromoteChatMember chat_user); };
    (@method set_chat_administrator_custom_title $b:ident $t:ident) => { fwd!($b $t set_chat_administrator_custom_title SetChatAdministratorCustomTitle
        [Ch, C] (chat_id: Ch, user_id: UserId, custom_title: C) [Ch: Into<Recipient>, C: Into<String>]); };
    (@method ban_chat_sender_chat $b:ident $t:ident) => { fwd!($b $t ban_chat_sender_chat BanChatSenderChat
        [C, S] (chat_id: C, sender_chat_id: S) [C: Into<Recipient>, S: Into<ChatId>]); };
    (@method unban_chat_sender_chat $b:ident $t:ident) => { fwd!($b $t unban_chat_sender_chat UnbanChatSenderChat
        [C, S] (chat_id: C, sender_chat_id: S) [C: Into<Recipient>, S: Into<ChatId>]); };
    (@method set_chat_permissions $b:ident $t:ident) => { fwd!($b $t set_chat_permissions SetChatPermissions
        [C] (chat_id: C, permissions: ChatPermissions) [C: Into<Recipient>]); };
    (@method export_chat_invite_link $b:ident $t:ident) => { fwd!($b $t export_chat_invite_link ExportChatInviteLink chat); };
    (@method create_chat_invite_link $b:ident $t:ident) => { fwd!($b $t create_chat_invite_link CreateChatInviteLink chat); };
    (@method edit_chat_invite_link $b:ident $t:ident) => { fwd!($b $t edit_chat_invite_link EditChatInviteLink
        [C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]); };
    (@method create_chat_subscription_invite_link $b:ident $t:ident) => { fwd!($b $t create_chat_subscription_invite_link CreateChatSubscriptionInviteLink
        [C] (chat_id: C, subscription_period: Seconds, subscription_price: u32) [C: Into<Recipient>]); };
    (@method edit_chat_subscription_invite_link $b:ident $t:ident) => { fwd!($b $t edit_chat_subscription_invite_link EditChatSubscriptionInviteLink
        [C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]); };
    (@method revoke_chat_invite_link $b:ident $t:ident) => { fwd!($b $t revoke_chat_invite_link RevokeChatInviteLink
        [C, I] (chat_id: C, invite_link: I) [C: Into<Recipient>, I: Into<String>]); };
    (@method approve_chat_join_request $b:ident $t:ident) => { fwd!($b $t approve_chat_join_request ApproveChatJoinRequest chat_user); };
    (@method decline_chat_join_request $b:ident $t:ident) => { fwd!($b $t decline_chat_join_request DeclineChatJoinRequest chat_user); };
    (@method set_chat_photo $b:ident $t:ident) => { fwd!($b $t set_chat_photo SetChatPhoto
        [C] (chat_id: C, photo: InputFile) [C: Into<Recipient>]); };
    (@method delete_chat_photo $b:ident $t:ident) => { fwd!($b $t delete_chat_photo DeleteChatPhoto chat); };
    (@method set_chat_title $b:ident $t:ident) => { fwd!($b $t set_chat_title SetChatTitle
        [C, T] (chat_id: C, title: T) [C: Into<Recipient>, T: Into<String>]); };
    (@method set_chat_description $b:ident $t:ident) => { fwd!($b $t set_chat_description SetChatDescription chat); };
    (@method pin_chat_message $b:ident $t:ident) => { fwd!($b $t pin_chat_message PinChatMessage chat_message); };
    (@method unpin_chat_message $b:ident $t:ident) => { fwd!($b $t unpin_chat_message UnpinChatMessage chat); };
    (@method unpin_all_chat_messages $b:ident $t:ident) => { fwd!($b $t unpin_all_chat_messages UnpinAllChatMessages chat); };
    (@method leave_chat $b:ident $t:ident) => { fwd!($b $t leave_chat LeaveChat chat); };
    (@method get_chat $b:ident $t:ident) => { fwd!($b $t get_chat GetChat chat); };
    (@method get_chat_administrators $b:ident $t:ident) => { fwd!($b $t get_chat_administrators GetChatAdministrators chat); };
    (@method get_chat_member_count $b:ident $t:ident) => { fwd!($b $t get_chat_member_count GetChatMemberCount chat); };
    (@method get_chat_members_count $b:ident $t:ident) => { fwd!($b $t get_chat_members_count GetChatMembersCount chat); };
    (@method get_chat_member $b:ident $t:ident) => { fwd!($b $t get_chat_member GetChatMember chat_user); };
    (@method set_chat_sticker_set $b:ident $t:ident) => { fwd!($b $t set_chat_sticker_set SetChatStickerSet
        [C, S] (chat_id: C, sticker_set_name: S) [C: Into<Recipient>, S: Into<String>]); };
    (@method delete_chat_sticker_set $b:ident $t:ident) => { fwd!($b $t delete_chat_sticker_set DeleteChatStickerSet chat); };
    (@method get_forum_topic_icon_stickers $b:ident $t:ident) => { fwd!($b $t get_forum_topic_icon_stickers GetForumTopicIconStickers none); };
    (@method create_forum_topic $b:ident $t:ident) => { fwd!($b $t create_forum_topic CreateForumTopic
        [C, N] (chat_id: C, name: N) [C: Into<Recipient>, N: Into<String>]); };
    (@method edit_forum_topic $b:ident $t:ident) => { fwd!($b $t edit_forum_topic EditForumTopic chat_thread); };
    (@method close_forum_topic $b:ident $t:ident) => { fwd!($b $t close_forum_topic CloseForumTopic chat_thread); };
    (@method reopen_forum_topic $b:ident $t:ident) => { fwd!($b $t reopen_forum_topic ReopenForumTopic chat_thread); };
    (@method delete_forum_topic $b:ident $t:ident) => { fwd!($b $t delete_forum_topic DeleteForumTopic chat_thread); };
    (@method unpin_all_forum_topic_messages $b:ident $t:ident) => { fwd!($b $t unpin_all_forum_topic_messages UnpinAllForumTopicMessages chat_thread); };
    (@method edit_general_forum_topic $b:ident $t:ident) => { fwd!($b $t edit_general_forum_topic EditGeneralForumTopic
        [C, N] (chat_id: C, name: N) [C: Into<Recipient>, N: Into<String>]); };
    (@method close_general_forum_topic $b:ident $t:ident) => { fwd!($b $t close_general_forum_topic CloseGeneralForumTopic chat); };
    (@method reopen_general_forum_topic $b:ident $t:ident) => { fwd!($b $t reopen_general_forum_topic ReopenGeneralForumTopic chat); };
    (@method hide_general_forum_topic $b:ident $t:ident) => { fwd!($b $t hide_general_forum_topic HideGeneralForumTopic chat); };
    (@method unhide_general_forum_topic $b:ident $t:ident) => { fwd!($b $t unhide_general_forum_topic UnhideGeneralForumTopic chat); };
    (@method unpin_all_general_forum_topic_messages $b:ident $t:ident) => { fwd!($b $t unpin_all_general_forum_topic_messages UnpinAllGeneralForumTopicMessages chat); };
    (@method answer_callback_query $b:ident $t:ident) => { fwd!($b $t answer_callback_query AnswerCallbackQuery
        [] (callback_query_id: CallbackQueryId) []); };
    (@method get_user_chat_boosts $b:ident $t:ident) => { fwd!($b $t get_user_chat_boosts GetUserChatBoosts chat_user); };
    (@method set_my_commands $b:ident $t:ident) => { fwd!($b $t set_my_commands SetMyCommands
        [C] (commands: C) [C: IntoIterator<Item = BotCommand>]); };
    (@method get_business_connection $b:ident $t:ident) => { fwd!($b $t get_business_connection GetBusinessConnection business); };
    (@method get_my_commands $b:ident $t:ident) => { fwd!($b $t get_my_commands GetMyCommands none); };
    (@method set_my_name $b:ident $t:ident) => { fwd!($b $t set_my_name SetMyName none); };
    (@method get_my_name $b:ident $t:ident) => { fwd!($b $t get_my_name GetMyName none); };
    (@method set_my_description $b:ident $t:ident) => { fwd!($b $t set_my_description SetMyDescription none); };
    (@method get_my_description $b:ident $t:ident) => { fwd!($b $t get_my_description GetMyDescription none); };
    (@method set_my_short_description $b:ident $t:ident) => { fwd!($b $t set_my_short_description SetMyShortDescription none); };
    (@method get_my_short_description $b:ident $t:ident) => { fwd!($b $t get_my_short_description GetMyShortDescription none); };
    (@method set_chat_menu_button $b:ident $t:ident) => { fwd!($b $t set_chat_menu_button SetChatMenuButton none); };
    (@method get_chat_menu_button $b:ident $t:ident) => { fwd!($b $t get_chat_menu_button GetChatMenuButton none); };
    (@method set_my_default_administrator_rights $b:ident $t:ident) => { fwd!($b $t set_my_default_administrator_rights SetMyDefaultAdministratorRights none); };
    (@method get_my_default_administrator_rights $b:ident $t:ident) => { fwd!($b $t get_my_default_administrator_rights GetMyDefaultAdministratorRights none); };
    (@method delete_my_commands $b:ident $t:ident) => { fwd!($b $t delete_my_commands DeleteMyCommands none); };
    (@method answer_inline_query $b:ident $t:ident) => { fwd!($b $t answer_inline_query AnswerInlineQuery
        [R] (inline_query_id: InlineQueryId, results: R) [R: IntoIterator<Item = InlineQueryResult>]); };
    (@method answer_web_app_query $b:ident $t:ident) => { fwd!($b $t answer_web_app_query AnswerWebAppQuery
        [W] (web_app_query_id: W, result: InlineQueryResult) [W: Into<String>]); };
    (@method save_prepared_inline_message $b:ident $t:ident) => { fwd!($b $t save_prepared_inline_message SavePreparedInlineMessage
        [] (user_id: UserId, result: InlineQueryResult) []); };
    (@method edit_message_text $b:ident $t:ident) => { fwd!($b $t edit_message_text EditMessageText
        [C, T] (chat_id: C, message_id: MessageId, text: T) [C: Into<Recipient>, T: Into<String>]); };
    (@method edit_message_text_inline $b:ident $t:ident) => { fwd!($b $t edit_message_text_inline EditMessageTextInline
        [I, T] (inline_message_id: I, text: T) [I: Into<String>, T: Into<String>]); };
    (@method edit_message_caption $b:ident $t:ident) => { fwd!($b $t edit_message_caption EditMessageCaption chat_message); };
    (@method edit_message_caption_inline $b:ident $t:ident) => { fwd!($b $t edit_message_caption_inline EditMessageCaptionInline
        [I] (inline_message_id: I) [I: Into<String>]); };
    (@method edit_message_media $b:ident $t:ident) => { fwd!($b $t edit_message_media EditMessageMedia
        [C] (chat_id: C, message_id: MessageId, media: InputMedia) [C: Into<Recipient>]); };
    (@method edit_message_media_inline $b:ident $t:ident) => { fwd!($b $t edit_message_media_inline EditMessageMediaInline
        [I] (inline_message_id: I, media: InputMedia) [I: Into<String>]); };
    (@method edit_message_reply_markup $b:ident $t:ident) => { fwd!($b $t edit_message_reply_markup EditMessageReplyMarkup chat_message); };
    (@method edit_message_reply_markup_inline $b:ident $t:ident) => { fwd!($b $t edit_message_reply_markup_inline EditMessageReplyMarkupInline
        [I] (inline_message_id: I) [I: Into<String>]); };
    (@method stop_poll $b:ident $t:ident) => { fwd!($b $t stop_poll StopPoll chat_message); };
    (@method delete_message $b:ident $t:ident) => { fwd!($b $t delete_message DeleteMessage chat_message); };
    (@method delete_messages $b:ident $t:ident) => { fwd!($b $t delete_messages DeleteMessages
        [C, M] (chat_id: C, message_ids: M) [C: Into<Recipient>, M: IntoIterator<Item = MessageId>]); };
    (@method send_sticker $b:ident $t:ident) => { fwd!($b $t send_sticker SendSticker
        [C] (chat_id: C, sticker: InputFile) [C: Into<Recipient>]); };
    (@method get_sticker_set $b:ident $t:ident) => { fwd!($b $t get_sticker_set GetStickerSet
        [N] (name: N) [N: Into<String>]); };
    (@method get_custom_emoji_stickers $b:ident $t:ident) => { fwd!($b $t get_custom_emoji_stickers GetCustomEmojiStickers
        [C] (custom_emoji_ids: C) [C: IntoIterator<Item = CustomEmojiId>]); };
    (@method upload_sticker_file $b:ident $t:ident) => { fwd!($b $t upload_sticker_file UploadStickerFile
        [] (user_id: UserId, sticker: InputFile, sticker_format: StickerFormat) []); };
    (@method create_new_sticker_set $b:ident $t:ident) => { fwd!($b $t create_new_sticker_set CreateNewStickerSet
        [N, T, S] (user_id: UserId, name: N, title: T, stickers: S) [N: Into<String>, T: Into<String>, S: IntoIterator<Item = InputSticker>]); };
    (@method add_sticker_to_set $b:ident $t:ident) => { fwd!($b $t add_sticker_to_set AddStickerToSet
        [N] (user_id: UserId, name: N, sticker: InputSticker) [N: Into<String>]); };
    (@method set_sticker_position_in_set $b:ident $t:ident) => { fwd!($b $t set_sticker_position_in_set SetStickerPositionInSet
        [S] (sticker: S, position: u32) [S: Into<String>]); };
    (@method delete_sticker_from_set $b:ident $t:ident) => { fwd!($b $t delete_sticker_from_set DeleteStickerFromSet
        [S] (sticker: S) [S: Into<String>]); };
    (@method replace_sticker_in_set $b:ident $t:ident) => { fwd!($b $t replace_sticker_in_set ReplaceStickerInSet
        [N, O] (user_id: UserId, name: N, old_sticker: O, sticker: InputSticker) [N: Into<String>, O: Into<String>]); };
    (@method set_sticker_set_thumbnail $b:ident $t:ident) => { fwd!($b $t set_sticker_set_thumbnail SetStickerSetThumbnail
        [N] (name: N, user_id: UserId, format: StickerFormat) [N: Into<String>]); };
    (@method set_custom_emoji_sticker_set_thumbnail $b:ident $t:ident) => { fwd!($b $t set_custom_emoji_sticker_set_thumbnail SetCustomEmojiStickerSetThumbnail
        [N] (name: N) [N: Into<String>]); };
    (@method set_sticker_set_title $b:ident $t:ident) => { fwd!($b $t set_sticker_set_title SetStickerSetTitle
        [N, T] (name: N, title: T) [N: Into<String>, T: Into<String>]); };
    (@method delete_sticker_set $b:ident $t:ident) => { fwd!($b $t delete_sticker_set DeleteStickerSet
        [N] (name: N) [N: Into<String>]); };
    (@method set_sticker_emoji_list $b:ident $t:ident) => { fwd!($b $t set_sticker_emoji_list SetStickerEmojiList
        [S, E] (sticker: S, emoji_list: E) [S: Into<String>, E: IntoIterator<Item = String>]); };
    (@method set_sticker_keywords $b:ident $t:ident) => { fwd!($b $t set_sticker_keywords SetStickerKeywords
        [S] (sticker: S) [S: Into<String>]); };
    (@method set_sticker_mask_position $b:ident $t:ident) => { fwd!($b $t set_sticker_mask_position SetStickerMaskPosition
        [S] (sticker: S) [S: Into<String>]); };
    (@method get_available_gifts $b:ident $t:ident) => { fwd!($b $t get_available_gifts GetAvailableGifts none); };
    (@method send_gift $b:ident $t:ident) => { fwd!($b $t send_gift SendGift
        [] (user_id: UserId, gift_id: GiftId) []); };
    (@method send_gift_chat $b:ident $t:ident) => { fwd!($b $t send_gift_chat SendGiftChat
        [C] (chat_id: C, gift_id: GiftId) [C: Into<Recipient>]); };
    (@method gift_premium_subscription $b:ident $t:ident) => { fwd!($b $t gift_premium_subscription GiftPremiumSubscription
        [] (user_id: UserId, month_count: u8, star_count: u32) []); };
    (@method verify_user $b:ident $t:ident) => { fwd!($b $t verify_user VerifyUser
        [] (user_id: UserId) []); };
    (@method verify_chat $b:ident $t:ident) => { fwd!($b $t verify_chat VerifyChat chat); };
    (@method remove_user_verification $b:ident $t:ident) => { fwd!($b $t remove_user_verification RemoveUserVerification
        [] (user_id: UserId) []); };
    (@method remove_chat_verification $b:ident $t:ident) => { fwd!($b $t remove_chat_verification RemoveChatVerification chat); };
    (@method read_business_message $b:ident $t:ident) => { fwd!($b $t read_business_message ReadBusinessMessage
        [C] (business_connection_id: BusinessConnectionId, chat_id: C, message_id: MessageId) [C: Into<ChatId>]); };
    (@method delete_business_messages $b:ident $t:ident) => { fwd!($b $t delete_business_messages DeleteBusinessMessages
        [M] (business_connection_id: BusinessConnectionId, message_ids: M) [M: IntoIterator<Item = MessageId>]); };
    (@method set_business_account_name $b:ident $t:ident) => { fwd!($b $t set_business_account_name SetBusinessAccountName
        [F] (business_connection_id: BusinessConnectionId, first_name: F) [F: Into<String>]); };
    (@method set_business_account_username $b:ident $t:ident) => { fwd!($b $t set_business_account_username SetBusinessAccountUsername business); };
    (@method set_business_account_bio $b:ident $t:ident) => { fwd!($b $t set_business_account_bio SetBusinessAccountBio business); };
    (@method set_business_account_profile_photo $b:ident $t:ident) => { fwd!($b $t set_business_account_profile_photo SetBusinessAccountProfilePhoto
        [] (business_connection_id: BusinessConnectionId, photo: InputProfilePhoto) []); };
    (@method remove_business_account_profile_photo $b:ident $t:ident) => { fwd!($b $t remove_business_account_profile_photo RemoveBusinessAccountProfilePhoto business); };
    (@method set_business_account_gift_settings $b:ident $t:ident) => { fwd!($b $t set_business_account_gift_settings SetBusinessAccountGiftSettings
        [] (business_connection_id: BusinessConnectionId, show_gift_button: bool, accepted_gift_types: AcceptedGiftTypes) []); };
    (@method get_business_account_star_balance $b:ident $t:ident) => { fwd!($b $t get_business_account_star_balance GetBusinessAccountStarBalance business); };
    (@method transfer_business_account_stars $b:ident $t:ident) => { fwd!($b $t transfer_business_account_stars TransferBusinessAccountStars
        [] (business_connection_id: BusinessConnectionId, star_count: u32) []); };
    (@method get_business_account_gifts $b:ident $t:ident) => { fwd!($b $t get_business_account_gifts GetBusinessAccountGifts business); };
    (@method convert_gift_to_stars $b:ident $t:ident) => { fwd!($b $t convert_gift_to_stars ConvertGiftToStars
        [] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId) []); };
    (@method upgrade_gift $b:ident $t:ident) => { fwd!($b $t upgrade_gift UpgradeGift
        [] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId) []); };
    (@method transfer_gift $b:ident $t:ident) => { fwd!($b $t transfer_gift TransferGift
        [N] (business_connection_id: BusinessConnectionId, owned_gift_id: OwnedGiftId, new_owner_chat_id: N) [N: Into<ChatId>]); };
    (@method post_story $b:ident $t:ident) => { fwd!($b $t post_story PostStory
        [] (business_connection_id: BusinessConnectionId, content: InputStoryContent, active_period: Seconds) []); };
    (@method edit_story $b:ident $t:ident) => { fwd!($b $t edit_story EditStory
        [] (business_connection_id: BusinessConnectionId, story_id: StoryId, content: InputStoryContent) []); };
    (@method delete_story $b:ident $t:ident) => { fwd!($b $t delete_story DeleteStory
        [] (business_connection_id: BusinessConnectionId, story_id: StoryId) []); };
    (@method send_invoice $b:ident $t:ident) => { fwd!($b $t send_invoice SendInvoice
        [Ch, T, D, Pa, C, P] (chat_id: Ch, title: T, description: D, payload: Pa, currency: C, prices: P) [Ch: Into<Recipient>, T: Into<String>, D: Into<String>, Pa: Into<String>, C: Into<String>, P: IntoIterator<Item = LabeledPrice>]); };
    (@method create_invoice_link $b:ident $t:ident) => { fwd!($b $t create_invoice_link CreateInvoiceLink
        [T, D, Pa, C, P] (title: T, description: D, payload: Pa, currency: C, prices: P) [T: Into<String>, D: Into<String>, Pa: Into<String>, C: Into<String>, P: IntoIterator<Item = LabeledPrice>]); };
    (@method answer_shipping_query $b:ident $t:ident) => { fwd!($b $t answer_shipping_query AnswerShippingQuery
        [] (shipping_query_id: ShippingQueryId, ok: bool) []); };
    (@method answer_pre_checkout_query $b:ident $t:ident) => { fwd!($b $t answer_pre_checkout_query AnswerPreCheckoutQuery
        [] (pre_checkout_query_id: PreCheckoutQueryId, ok: bool) []); };
    (@method get_my_star_balance $b:ident $t:ident) => { fwd!($b $t get_my_star_balance GetMyStarBalance none); };
    (@method get_star_transactions $b:ident $t:ident) => { fwd!($b $t get_star_transactions GetStarTransactions none); };
    (@method refund_star_payment $b:ident $t:ident) => { fwd!($b $t refund_star_payment RefundStarPayment
        [] (user_id: UserId, telegram_payment_charge_id: TelegramTransactionId) []); };
    (@method edit_user_star_subscription $b:ident $t:ident) => { fwd!($b $t edit_user_star_subscription EditUserStarSubscription
        [] (user_id: UserId, telegram_payment_charge_id: TelegramTransactionId, is_canceled: bool) []); };
    (@method set_passport_data_errors $b:ident $t:ident) => { fwd!($b $t set_passport_data_errors SetPassportDataErrors
        [E] (user_id: UserId, errors: E) [E: IntoIterator<Item = PassportElementError>]); };
    (@method send_game $b:ident $t:ident) => { fwd!($b $t send_game SendGame
        [C, G] (chat_id: C, game_short_name: G) [C: Into<ChatId>, G: Into<String>]); };
    (@method set_game_score $b:ident $t:ident) => { fwd!($b $t set_game_score SetGameScore
        [] (user_id: UserId, score: u64, chat_id: u32, message_id: MessageId) []); };
    (@method set_game_score_inline $b:ident $t:ident) => { fwd!($b $t set_game_score_inline SetGameScoreInline
        [I] (user_id: UserId, score: u64, inline_message_id: I) [I: Into<String>]); };
    (@method get_game_high_scores $b:ident $t:ident) => { fwd!($b $t get_game_high_scores GetGameHighScores
        [T] (user_id: UserId, target: T) [T: Into<TargetMessage>]); };
}
